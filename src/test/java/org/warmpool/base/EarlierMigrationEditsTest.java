package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.warmpool.SharedPostgres;

/**
 * A clinic database created before V9 and V10 were edited starts on today's migrations and ends
 * with the same schema as a new database, on H2 and on PostgreSQL. The earlier texts of the two
 * files are kept under {@code db/before-edits} exactly as they ran.
 */
class EarlierMigrationEditsTest {

    @Test
    void anH2DatabaseFromBeforeBothEditsStartsAndMatchesANewOne() {
        DataSource upgraded = h2();
        buildAsBeforeTheEdits(upgraded, "11");
        startTheApplicationsFlyway(upgraded);

        DataSource fresh = h2();
        startTheApplicationsFlyway(fresh);

        assertThat(schemaOf(upgraded)).isEqualTo(schemaOf(fresh));
        assertThat(checksumsOf(upgraded)).isEqualTo(checksumsOf(fresh));
    }

    @Test
    void aPostgresqlDatabaseFromBeforeBothEditsStartsAndMatchesANewOne() {
        DataSource upgraded = postgresDatabase();
        buildAsBeforeTheEdits(upgraded, "11");
        startTheApplicationsFlyway(upgraded);

        DataSource fresh = postgresDatabase();
        startTheApplicationsFlyway(fresh);

        assertThat(schemaOf(upgraded)).isEqualTo(schemaOf(fresh));
        assertThat(checksumsOf(upgraded)).isEqualTo(checksumsOf(fresh));
    }

    @Test
    void aDatabaseThatRanOnlyTheEarlierV9CatchesUpOnV9Alone() {
        DataSource upgraded = h2();
        flyway(upgraded).locations("classpath:db/migration").target("8").load().migrate();
        flyway(upgraded).locations("classpath:db/before-edits").target("9")
                .ignoreMigrationPatterns("*:missing").load().migrate();
        flyway(upgraded).locations("classpath:db/migration").target("11").validateOnMigrate(false).load().migrate();
        startTheApplicationsFlyway(upgraded);

        DataSource fresh = h2();
        startTheApplicationsFlyway(fresh);
        assertThat(schemaOf(upgraded)).isEqualTo(schemaOf(fresh));
    }

    @Test
    void theNotificationOfAMovedClassIsAllowedAfterTheCatchUp() {
        DataSource upgraded = h2();
        buildAsBeforeTheEdits(upgraded, "11");
        JdbcTemplate jdbc = new JdbcTemplate(upgraded);
        assertThat(checkClause(jdbc)).doesNotContain("MOVED");

        startTheApplicationsFlyway(upgraded);

        assertThat(checkClause(jdbc)).contains("MOVED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE",
                Integer.class)).isGreaterThanOrEqualTo(11);
    }

    /** V1-V8 as they are, V9 and V10 as they first ran, then the rest up to {@code target}. */
    private static void buildAsBeforeTheEdits(DataSource dataSource, String target) {
        flyway(dataSource).locations("classpath:db/migration").target("8").load().migrate();
        flyway(dataSource).locations("classpath:db/before-edits").target("10")
                .ignoreMigrationPatterns("*:missing").load().migrate();
        flyway(dataSource).locations("classpath:db/migration").target(target).validateOnMigrate(false).load().migrate();
    }

    /** Spring Boot's Flyway set-up with the application's callback, as at the application's start. */
    private static void startTheApplicationsFlyway(DataSource dataSource) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("spring.flyway.locations=" + shippedLocations())
                .withUserConfiguration(EarlierMigrationEdits.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    Flyway flyway = context.getBean(Flyway.class);
                    assertThat(flyway.info().pending()).isEmpty();
                    flyway.validate();
                });
    }

    /** The migration folders the application uses (spring.flyway.locations in application.properties). */
    private static String shippedLocations() {
        java.util.Properties shipped = new java.util.Properties();
        try (java.io.InputStream in = EarlierMigrationEditsTest.class.getResourceAsStream("/application.properties")) {
            shipped.load(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String locations = shipped.getProperty("spring.flyway.locations");
        assertThat(locations).as("spring.flyway.locations in application.properties").contains("{vendor}");
        return locations;
    }

    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).cleanDisabled(true);
    }

    private static DataSource h2() {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static DataSource postgresDatabase() {
        return SharedPostgres.server().getDatabase("postgres", SharedPostgres.newDatabase());
    }

    private static String checkClause(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT check_clause FROM information_schema.check_constraints "
                + "WHERE LOWER(constraint_name) = 'notification_kind_known'", String.class);
    }

    /** Every column and every named CHECK of the application's tables. */
    private static Set<String> schemaOf(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Set<String> schema = new TreeSet<>();
        for (Map<String, Object> column : jdbc.queryForList("SELECT table_name, column_name, data_type, is_nullable "
                + "FROM information_schema.columns WHERE LOWER(table_schema) = 'public'")) {
            schema.add(("column " + column.get("table_name") + "." + column.get("column_name") + " "
                    + column.get("data_type") + " " + column.get("is_nullable")).toLowerCase());
        }
        for (Map<String, Object> check : jdbc.queryForList("SELECT constraint_name, check_clause "
                + "FROM information_schema.check_constraints")) {
            String name = String.valueOf(check.get("constraint_name")).toLowerCase();
            if (!name.endsWith("_not_null") && !name.startsWith("constraint_")) {
                schema.add("check " + name + " " + check.get("check_clause"));
            }
        }
        return schema;
    }

    private static Map<Object, Object> checksumsOf(DataSource dataSource) {
        Map<Object, Object> checksums = new java.util.TreeMap<>();
        new JdbcTemplate(dataSource).query("SELECT \"version\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL",
                row -> {
                    checksums.put(row.getString(1), row.getObject(2));
                });
        return checksums;
    }
}
