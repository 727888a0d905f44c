package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.security.SystemTasks;
import org.warmpool.EmbeddedPostgres;
import org.warmpool.security.DuplicateEmailException;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

/**
 * Every Flyway migration runs on a real PostgreSQL (binaries from Maven Central, no Docker) and
 * Hibernate then validates the entities against the resulting schema: the app starts on it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class PostgresMigrationTest {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccountService accounts;

    @Test
    void allMigrationsRunOnPostgresql() throws IOException {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(flyway.info().applied()).hasSize(migrationFileCount());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theCaseInsensitiveEmailRuleHoldsOnPostgresql() {
        SystemTasks.runAsStaff(() -> accounts.createAccount("pg@example.org", "Pg", "correct horse battery",
                EnumSet.of(Role.ADMIN)));

        assertThatThrownBy(() -> SystemTasks.runAsStaff(() -> accounts.createAccount("PG@example.org", "Pg",
                "correct horse battery", EnumSet.of(Role.ADMIN)))).isInstanceOf(DuplicateEmailException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO app_user (email, display_name, password_hash, created_at) "
                + "VALUES ('Pg@example.org', 'Pg', 'x', CURRENT_TIMESTAMP)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    /** The migrations every database runs and the ones written for PostgreSQL. */
    private static int migrationFileCount() throws IOException {
        return migrationFileCount("src/main/resources/db/migration")
                + migrationFileCount("src/main/resources/db/vendor/postgresql");
    }

    private static int migrationFileCount(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }
}
