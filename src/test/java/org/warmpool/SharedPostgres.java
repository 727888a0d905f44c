package org.warmpool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL server per test JVM (binaries from Maven Central, no Docker), started on
 * first use and stopped when the JVM ends. Starting a server (initdb) takes seconds; a new database
 * on the running one takes milliseconds, so each user takes its own database: the Spring context
 * of {@link EmbeddedPostgres}, each of the plain-JDBC migration tests, each pair of app nodes.
 */
public final class SharedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /**
     * The server. It stops when the test JVM ends, but only after Spring has closed the application
     * contexts: closing one still talks to the database (the job lock registry releases its locks),
     * and against a server already gone each such call waited for its connection timeout, which
     * held up the end of every test run by half a minute.
     */
    public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres started = server;
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("The embedded PostgreSQL did not stop", e);
                }
            });
        }
        return server;
    }

    /** Creates a new, empty database on the server and returns its name. */
    public static String newDatabase() {
        String name = "db_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return name;
    }

    /** The JDBC URL of a database on the server (user {@code postgres}, no password). */
    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }
}
