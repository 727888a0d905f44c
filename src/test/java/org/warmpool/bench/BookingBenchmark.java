package org.warmpool.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.Application;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.SystemTasks;

/**
 * How long a booking takes, alone and when many people book the same class at once (every
 * booking then waits for the session row lock), on the embedded H2 database. Prints figures; it is
 * a benchmark, not a test: {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.warmpool.bench.BookingBenchmark} (see docs/performance.md).
 */
public final class BookingBenchmark {

    private static final int PEOPLE = 400;
    private static final int THREADS = 16;

    private BookingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        // -Dbench.url=jdbc:h2:file:... measures on a file, with the settings given there.
        String url = System.getProperty("bench.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000");
        System.out.println("Database: " + url);
        try (ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=" + url, "--server.port=0",
                "--logging.level.root=warn")) {
            BookingTestData data = context.getBean(BookingTestData.class);
            BookingService bookings = context.getBean(BookingService.class);
            List<Registered> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(data.cleared("Bench " + i));
            }
            List<ScheduledSession> quiet = new ArrayList<>();
            for (int i = 0; i < PEOPLE / 10; i++) {
                quiet.add(data.session(2, 10, LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(1 + i % 13), "07:00"));
            }
            ProgrammeSettingsService programme = context.getBean(ProgrammeSettingsService.class);
            SystemTasks.runAsStaff(() -> {
                ProgrammeSettings settings = programme.current();
                settings.setMaxWaitlist(PEOPLE);
                programme.save(settings);
            });
            // One at a time: each person books a quiet class.
            long[] alone = new long[PEOPLE];
            for (int i = 0; i < PEOPLE; i++) {
                long sessionId = quiet.get(i / 10).id();
                Registered who = people.get(i);
                long start = System.nanoTime();
                BookingTestData.as(who, () -> bookings.bookForMe(sessionId, true));
                alone[i] = System.nanoTime() - start;
            }
            report("one at a time, quiet classes", alone, PEOPLE);

            ScheduledSession hot = data.session(2, 10, LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(14), "08:00");
            long[] contended = new long[PEOPLE];
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            long wallStart = System.nanoTime();
            for (int i = 0; i < PEOPLE; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    BookingTestData.as(people.get(index), () -> bookings.bookForMe(hot.id(), true));
                    contended[index] = System.nanoTime() - start;
                    SecurityContextHolder.clearContext();
                }));
            }
            for (Future<?> future : futures) {
                future.get(10, TimeUnit.MINUTES);
            }
            long wall = System.nanoTime() - wallStart;
            pool.shutdown();
            report(THREADS + " threads, one class (10 places, the rest waitlisted)", contended, PEOPLE);
            System.out.printf("  throughput: %.0f bookings/s%n", PEOPLE / (wall / 1e9));
        }
    }

    private static void report(String what, long[] nanos, int count) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d bookings, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, count,
                sorted[count / 2] / 1e6, sorted[count * 95 / 100] / 1e6, sorted[count * 99 / 100] / 1e6,
                sorted[count - 1] / 1e6);
    }
}
