package org.warmpool;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The switch behind the second run of the service tests, on PostgreSQL (pom.xml, execution
 * {@code services-on-postgresql}): with {@code -Dwarmpool.test.database=postgresql}, every Spring
 * context of the test JVM works on one database of the JVM's {@link SharedPostgres} server instead
 * of the in-memory H2, just as the H2 contexts share one in-memory database. Settings given on a
 * context's own command line (the two-node helper's) still win.
 */
public class TestDatabaseSwitch implements EnvironmentPostProcessor {

    static final String PROPERTY = "warmpool.test.database";
    static final String POSTGRESQL = "postgresql";

    private static String sharedDatabase;

    /** The database the suite runs on: {@code h2} unless switched. */
    public static String database() {
        return System.getProperty(PROPERTY, "h2");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!POSTGRESQL.equals(database())) {
            return;
        }
        MapPropertySource postgres = new MapPropertySource("warmpool-test-database", Map.of(
                "spring.datasource.url", SharedPostgres.jdbcUrl(sharedDatabase()),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", ""));
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains("commandLineArgs")) {
            sources.addAfter("commandLineArgs", postgres);
        } else {
            sources.addFirst(postgres);
        }
    }

    private static synchronized String sharedDatabase() {
        if (sharedDatabase == null) {
            sharedDatabase = SharedPostgres.newDatabase();
        }
        return sharedDatabase;
    }
}
