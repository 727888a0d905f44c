package org.warmpool.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.security.SystemTasks;

/**
 * Many staff members (or app nodes) put overlapping classes into one pool at the same moment:
 * the pool row lock lets exactly one through. Run on H2 and on PostgreSQL.
 */
abstract class PoolOverlapConcurrencyScenario {

    private static final int THREADS = 12;

    @Autowired
    ScheduleService schedule;
    @Autowired
    ScheduleTestData data;

    @Test
    void manyOverlappingClassesCreatedAtOnceLeaveExactlyOne() throws Exception {
        AtomicReference<Pool> pool = new AtomicReference<>();
        AtomicReference<ClassLevel> level = new AtomicReference<>();
        SystemTasks.runAsStaff(() -> {
            pool.set(data.warmPool());
            level.set(data.level(1));
        });
        LocalDate date = data.mondayInWeeks(12);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String startTime = LocalTime.of(10, 0).plusMinutes(3L * i).toString(); // all overlap 10:00-10:45
            Callable<Boolean> attempt = () -> {
                start.await();
                AtomicReference<Boolean> created = new AtomicReference<>(false);
                SystemTasks.runAsStaff(() -> {
                    try {
                        schedule.createSeries(data.once(level.get(), pool.get(), date, startTime));
                        created.set(true);
                    } catch (RuleViolationException refused) {
                        created.set(false);
                    }
                });
                return created.get();
            };
            results.add(executor.submit(attempt));
        }
        start.countDown();
        int created = 0;
        for (Future<Boolean> result : results) {
            created += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        executor.shutdown();

        assertThat(created).isEqualTo(1);
        List<ScheduledSession> sessions = new ArrayList<>();
        SystemTasks.runAsStaff(() -> sessions.addAll(schedule.week(date, pool.get().getId())));
        assertThat(sessions).hasSize(1);
    }
}
