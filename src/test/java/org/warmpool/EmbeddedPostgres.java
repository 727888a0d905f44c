package org.warmpool;

import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL for tests, started from binaries on Maven Central (no Docker). Test classes
 * that {@code @Import} it share one Spring context and one database server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgres {

    @Bean(destroyMethod = "close")
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres embeddedPostgresServer() throws IOException {
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
    }

    @Bean
    @Primary
    DataSource dataSource(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        return server.getPostgresDatabase();
    }
}
