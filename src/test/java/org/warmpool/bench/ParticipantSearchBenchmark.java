package org.warmpool.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.Application;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.security.SystemTasks;

/**
 * How fast the front desk's participant search answers with 50,000 participants (the size of a
 * regional chain) on the embedded H2 database. Prints figures; it is a benchmark, not a test:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.warmpool.bench.ParticipantSearchBenchmark} (see docs/performance.md).
 */
public final class ParticipantSearchBenchmark {

    private static final int PARTICIPANTS = 50_000;
    private static final int ROUNDS = 200;

    private ParticipantSearchBenchmark() {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run(
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--logging.level.root=warn")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ParticipantRecordService records = context.getBean(ParticipantRecordService.class);
            insertParticipants(jdbc);
            SystemTasks.runAsStaff(() -> {
                for (String term : List.of("", "smith", "person-4711@", "0161 496 12", "zzz-no-match")) {
                    measure(records, term);
                }
            });
        }
    }

    private static void insertParticipants(JdbcTemplate jdbc) {
        String[] surnames = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
            "Wright"};
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < PARTICIPANTS; i++) {
            rows.add(new Object[] {"Person " + i + " " + surnames[i % surnames.length],
                "person-" + i + "@example.org", "0161 496 " + (1000 + i % 9000), LocalDate.of(1950 + i % 50, 1, 1),
                "Contact " + i, "0161 000 0000", now, now});
        }
        long start = System.nanoTime();
        jdbc.batchUpdate("INSERT INTO participant (full_name, email, phone, date_of_birth, emergency_contact_name, "
                + "emergency_contact_phone, consent_given_at, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        System.out.printf("inserted %,d participants in %d ms%n", PARTICIPANTS, (System.nanoTime() - start) / 1_000_000);
    }

    private static void measure(ParticipantRecordService records, String term) {
        for (int i = 0; i < 20; i++) {
            records.search(term, PageRequest.of(0, 50)); // warm-up
        }
        long[] micros = new long[ROUNDS];
        int rows = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            rows = records.search(term, PageRequest.of(i % 5, 50)).size();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("search %-16s first pages of 50: p50 %6.2f ms, p99 %6.2f ms (%d rows on the last page)%n",
                "\"" + term + "\"", micros[ROUNDS / 2] / 1000.0, micros[ROUNDS * 99 / 100] / 1000.0, rows);
    }
}
