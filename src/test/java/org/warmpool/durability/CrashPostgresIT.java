package org.warmpool.durability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The crash test on PostgreSQL. The embedded test server turns {@code synchronous_commit} off for
 * speed; this one runs with PostgreSQL's own defaults, as docs/operations.md asks of a clinic's
 * server ({@code fsync} and {@code synchronous_commit} on). Killing the application's JVM leaves
 * the database server running, so this checks that the application reports a change only after
 * PostgreSQL committed it, and starts cleanly after the crash; the server's own crash safety is
 * PostgreSQL's (its write-ahead log, flushed at each commit with these settings).
 */
class CrashPostgresIT extends CrashScenario {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws IOException, SQLException {
        server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                ResultSet settings = connection.createStatement().executeQuery(
                        "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit')")) {
            while (settings.next()) {
                if (!settings.getString(2).equals("on")) {
                    throw new IllegalStateException(settings.getString(1) + " is " + settings.getString(2));
                }
            }
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    String[] database() {
        return new String[] {server.getJdbcUrl("postgres", "postgres"), "postgres", ""};
    }

    @Override
    String name() {
        return "PostgreSQL";
    }
}
