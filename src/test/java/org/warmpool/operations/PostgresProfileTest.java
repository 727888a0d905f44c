package org.warmpool.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.Application;
import org.warmpool.SharedPostgres;
import org.warmpool.base.ClusterJobs;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.security.SystemTasks;

/**
 * The README's "Run on PostgreSQL", as an operator follows it: the set-up file run as a superuser,
 * then the application started with the {@code postgres} profile and the two roles' passwords.
 * Flyway migrates as the owner; the application works as a role that may only read and write rows.
 * The roles and the database are made once per test JVM on its shared PostgreSQL server.
 */
class PostgresProfileTest {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static ConfigurableApplicationContext app;
    private static JdbcTemplate asApplication;

    @BeforeAll
    static void setUpAsTheReadmeSays() throws Exception {
        server = SharedPostgres.server();
        runSetupFile(server.getPostgresDatabase());
        app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("postgres")
                .properties(
                        "WARMPOOL_DB_URL=" + "jdbc:postgresql://localhost:" + server.getPort() + "/warmpool",
                        "WARMPOOL_DB_PASSWORD=app-secret",
                        "WARMPOOL_DB_OWNER_PASSWORD=owner-secret",
                        "warmpool.scheduling.enabled=false",
                        "spring.main.banner-mode=off",
                        "server.port=0")
                .run();
        asApplication = new JdbcTemplate(app.getBean(DataSource.class));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** Runs config/postgresql-setup.sql statement by statement, following its {@code \connect}. */
    private static void runSetupFile(DataSource superuser) throws IOException, SQLException {
        String script = Files.readString(Path.of("config/postgresql-setup.sql"), StandardCharsets.UTF_8);
        String[] parts = script.split("(?m)^\\\\connect warmpool\\s*$");
        assertThat(parts).as("the set-up connects to the new database once").hasSize(2);
        execute(superuser.getConnection(), parts[0]);
        execute(server.getDatabase("postgres", "warmpool").getConnection(), parts[1]);
        execute(superuser.getConnection(), "ALTER ROLE warmpool_owner PASSWORD 'owner-secret';"
                + "ALTER ROLE warmpool_app PASSWORD 'app-secret';");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            for (String line : sql.replaceAll("(?m)--.*$", "").split(";")) {
                if (!line.isBlank()) {
                    statement.execute(line);
                }
            }
        }
    }

    @Test
    void flywayMigratesAsTheOwnerAndTheApplicationWorksAsItsOwnRole() {
        assertThat(asApplication.queryForObject("SELECT current_user", String.class)).isEqualTo("warmpool_app");
        JdbcTemplate asOwner = new JdbcTemplate(server.getDatabase("warmpool_owner", "warmpool"));
        assertThat(asOwner.queryForList("SELECT DISTINCT installed_by FROM flyway_schema_history", String.class))
                .containsExactly("warmpool_owner");
        assertThat(asOwner.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Integer.class))
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void theApplicationRoleReadsAndWritesRows() {
        asApplication.update("INSERT INTO app_user (email, display_name, password_hash, created_at) "
                + "VALUES ('role-check@example.org', 'Role check', 'x', CURRENT_TIMESTAMP)");
        asApplication.update("UPDATE app_user SET display_name = 'Checked' WHERE email = 'role-check@example.org'");
        assertThat(asApplication.queryForObject("SELECT display_name FROM app_user WHERE email = ?", String.class,
                "role-check@example.org")).isEqualTo("Checked");
        asApplication.update("DELETE FROM app_user WHERE email = 'role-check@example.org'");
        assertThat(asApplication.queryForObject("SHOW lock_timeout", String.class)).isEqualTo("10s");
    }

    @Test
    void theApplicationRoleTakesAndReleasesTheTimedJobsLocks() {
        int[] rowsWhileRunning = {-1};
        boolean ran = app.getBean(ClusterJobs.class).runOnce("profile-check", () -> rowsWhileRunning[0] =
                asApplication.queryForObject("SELECT COUNT(*) FROM int_lock", Integer.class));

        assertThat(ran).as("the lock was taken as warmpool_app").isTrue();
        assertThat(rowsWhileRunning[0]).isEqualTo(1);
        assertThat(asApplication.queryForObject("SELECT COUNT(*) FROM int_lock", Integer.class)).isZero();
    }

    @Test
    void theApplicationRoleAddsAuditRowsButCannotChangeOrDeleteThem() {
        asApplication.update("INSERT INTO audit_log (occurred_at, actor, action, participant_id, details) "
                + "VALUES (CURRENT_TIMESTAMP, 'desk@example.org', 'VIEWED_HEALTH_RECORD', 1, 'Intake 1')");
        assertThatThrownBy(() -> asApplication.update("UPDATE audit_log SET actor = 'someone else'"))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> asApplication.update("DELETE FROM audit_log"))
                .rootCause().hasMessageContaining("append-only");
        assertThat(asApplication.queryForObject("SELECT count(*) FROM audit_log WHERE actor = 'desk@example.org'",
                Integer.class)).isEqualTo(1);
    }

    /**
     * V19's {@code CREATE EXTENSION pg_trgm} ran as the owner, who is no superuser: pg_trgm is a
     * trusted extension (PostgreSQL 13 and newer), which the database's owner may create. The
     * application's role then searches with its indexes.
     */
    @Test
    void theOwnerCreatedTheTrigramExtensionAndTheApplicationSearchesWithIt() {
        JdbcTemplate asOwner = new JdbcTemplate(server.getDatabase("warmpool_owner", "warmpool"));
        assertThat(asOwner.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(asOwner.queryForObject("SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'pg_trgm'",
                String.class)).isEqualTo("warmpool_owner");
        asApplication.update("INSERT INTO participant (full_name, email, phone, date_of_birth, emergency_contact_name, "
                + "emergency_contact_phone, consent_given_at, registered_at) VALUES ('Tri Gram', "
                + "'tri.gram@example.org', '0161 496 0777', DATE '1960-01-01', 'Contact', '0161 496 0000', "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        List<ParticipantSummary> found = SystemTasks.callAsStaff(() -> app.getBean(ParticipantRecordService.class)
                .search("RI GRA", PageRequest.of(0, 10)));

        assertThat(found).extracting(ParticipantSummary::email).containsExactly("tri.gram@example.org");
        String plan = asApplication.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT id FROM participant "
                        + "WHERE lower(full_name) LIKE '%ri gra%'")) {
                    StringBuilder text = new StringBuilder();
                    while (rows.next()) {
                        text.append(rows.getString(1)).append('\n');
                    }
                    return text.toString();
                } finally {
                    statement.execute("RESET enable_seqscan");
                }
            }
        });
        assertThat(plan).contains("participant_name_trgm");
    }

    @Test
    void theApplicationRoleCannotChangeTheSchemaOrItsProtections() {
        assertThatThrownBy(() -> asApplication.execute("CREATE TABLE intruder (id INT)"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asApplication.execute("DROP TABLE audit_log"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> asApplication.execute("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> asApplication.execute("TRUNCATE audit_log"))
                .rootCause().hasMessageContaining("permission denied");
    }
}
