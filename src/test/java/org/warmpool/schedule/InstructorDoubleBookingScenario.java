package org.warmpool.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.security.SystemTasks;

/**
 * Front-desk staff on several app nodes give one instructor overlapping sessions in different
 * pools at the same moment: the instructor row lock lets exactly one through. Run on H2 and on
 * PostgreSQL.
 */
abstract class InstructorDoubleBookingScenario {

    private static final int THREADS = 10;

    @Autowired
    ScheduleService schedule;
    @Autowired
    StaffingService staffing;
    @Autowired
    ScheduleTestData data;
    @Autowired
    InstructorTestData people;

    @Test
    void manyOverlappingAssignmentsAtOnceLeaveTheInstructorInExactlyOne() throws Exception {
        LocalDate date = data.mondayInWeeks(13);
        AtomicReference<Instructor> ana = new AtomicReference<>();
        List<Long> sessionIds = new ArrayList<>();
        SystemTasks.runAsStaff(() -> {
            ana.set(people.qualified("Ana Concurrent"));
            for (int i = 0; i < THREADS; i++) {
                var pool = data.warmPool(); // a pool each: only the instructor is shared
                String start = LocalTime.of(10, 0).plusMinutes(2L * i).toString();
                schedule.createSeries(data.once(data.level(2), pool, date, start));
                sessionIds.add(schedule.week(date, pool.getId()).get(0).id());
            }
        });

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (long sessionId : sessionIds) {
            results.add(executor.submit(() -> {
                start.await();
                AtomicBoolean assigned = new AtomicBoolean();
                SystemTasks.runAsStaff(() -> {
                    try {
                        staffing.assign(sessionId, ana.get().getId());
                        assigned.set(true);
                    } catch (RuleViolationException refused) {
                        assigned.set(false);
                    }
                });
                return assigned.get();
            }));
        }
        start.countDown();
        int assigned = 0;
        for (Future<Boolean> result : results) {
            assigned += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        executor.shutdown();

        assertThat(assigned).isEqualTo(1);
        List<ScheduledSession> staffed = new ArrayList<>();
        SystemTasks.runAsStaff(() -> sessionIds.forEach(id -> {
            ScheduledSession session = schedule.get(id);
            if (session.instructorId() != null) {
                staffed.add(session);
            }
        }));
        assertThat(staffed).hasSize(1);
    }
}
