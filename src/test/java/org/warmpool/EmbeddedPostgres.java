package org.warmpool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL for tests: a database of its own on the JVM's {@link SharedPostgres} server.
 * Test classes that {@code @Import} it share one Spring context and so one database.
 *
 * <p>The connections go through a Hikari pool, as the application's own do (Spring Boot's default),
 * not through the server's unpooled data source: that one opens a new PostgreSQL connection (a
 * new server process) for every transaction, which made registering the seat race's 200
 * participants take over a minute and a half.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgres {

    /**
     * Five times Spring Boot's default of 10 (as if five app nodes booked at once), so that the seat
     * races keep many transactions waiting on the same class's lock at the same moment.
     */
    static final int POOL_SIZE = 50;

    @Bean
    @Primary
    DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SharedPostgres.jdbcUrl(SharedPostgres.newDatabase()));
        config.setUsername("postgres");
        config.setPassword("");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        // A racer waits its turn for a connection as it waits for the class's lock; the races give
        // each booking two minutes (SeatRaceScenario), on a machine shared with other builds too.
        config.setConnectionTimeout(120_000);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
