package org.warmpool.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.Application;
import org.warmpool.SharedPostgres;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.SearchPopulation;
import org.warmpool.participant.SearchPopulation.Person;
import org.warmpool.security.SystemTasks;

/**
 * How fast the front desk's participant search answers with 50,000 participants (the size of a
 * regional chain): on the embedded H2 database, then on PostgreSQL (the embedded server of the
 * tests) with V19's trigram indexes and again after dropping them, all in one process so that the
 * figures compare like with like. Prints figures; it is a benchmark, not a test:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.warmpool.bench.ParticipantSearchBenchmark} (see docs/performance.md).
 */
public final class ParticipantSearchBenchmark {

    private static final int PARTICIPANTS = 50_000;
    private static final int ROUNDS = 200;
    private static final String DOMAIN = "example.org";
    private static final String[] TRIGRAM_INDEXES = {"participant_name_trgm", "participant_email_trgm",
        "participant_phone_trgm"};

    private ParticipantSearchBenchmark() {
    }

    public static void main(String[] args) {
        Person wanted = SearchPopulation.person(4711, DOMAIN);
        String email = wanted.email();
        List<String> terms = List.of("", "emma", wanted.fullName(), email.substring(0, email.indexOf('@') + 1),
                wanted.phone().substring(0, 9), "zzz-no-match");

        try (ConfigurableApplicationContext h2 = start("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1")) {
            JdbcTemplate jdbc = h2.getBean(JdbcTemplate.class);
            System.out.println("== " + jdbc.queryForObject("SELECT 'H2 ' || H2VERSION()", String.class));
            insert(jdbc);
            measureAll(h2, terms);
        }

        String database = SharedPostgres.newDatabase();
        try (ConfigurableApplicationContext postgres = start("--spring.datasource.url="
                + SharedPostgres.jdbcUrl(database), "--spring.datasource.username=postgres",
                "--spring.datasource.password=")) {
            JdbcTemplate jdbc = postgres.getBean(JdbcTemplate.class);
            System.out.println("== " + jdbc.queryForObject("SELECT version()", String.class));
            insert(jdbc);
            // What autovacuum does soon after many new rows: moves the GIN indexes' pending entries
            // into the indexes and gathers the planner's statistics.
            jdbc.execute("VACUUM ANALYZE participant");
            System.out.println("-- with the trigram indexes (V19)");
            measureAll(postgres, terms);
            for (String index : TRIGRAM_INDEXES) {
                jdbc.execute("DROP INDEX " + index);
            }
            jdbc.execute("ANALYZE participant");
            System.out.println("-- without them (DROP INDEX)");
            measureAll(postgres, terms);
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--server.port=0", "--logging.level.root=warn", "--spring.jmx.enabled=false"));
        return app.run(all.toArray(String[]::new));
    }

    private static void insert(JdbcTemplate jdbc) {
        long start = System.nanoTime();
        SearchPopulation.insert(jdbc, PARTICIPANTS, DOMAIN);
        System.out.printf("inserted %,d participants in %d ms%n", PARTICIPANTS, (System.nanoTime() - start) / 1_000_000);
    }

    private static void measureAll(ConfigurableApplicationContext context, List<String> terms) {
        ParticipantRecordService records = context.getBean(ParticipantRecordService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        SystemTasks.runAsStaff(() -> terms.forEach(term -> measure(records, jdbc, term)));
    }

    private static void measure(ParticipantRecordService records, JdbcTemplate jdbc, String term) {
        String pattern = "%" + term.toLowerCase(Locale.ROOT) + "%";
        Integer matches = jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE LOWER(full_name) LIKE ? "
                + "OR email LIKE ? OR phone LIKE ?", Integer.class, pattern, pattern, pattern);
        for (int i = 0; i < 20; i++) {
            records.search(term, PageRequest.of(0, 50)); // warm-up
        }
        long[] micros = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            records.search(term, PageRequest.of(i % 5, 50));
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("search %-22s %6d matches, pages 1-5 of 50: p50 %7.2f ms, p99 %7.2f ms%n",
                "\"" + term + "\"", matches, micros[ROUNDS / 2] / 1000.0, micros[ROUNDS * 99 / 100] / 1000.0);
    }
}
