package org.warmpool.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Many rows read one at a time, without the database holding them all first: for a report that
 * adds up more rows than it shows. H2 otherwise builds the whole result before the first row (and
 * writes it to a temporary file beyond 40,000 rows a gigabyte of heap); PostgreSQL's driver
 * otherwise reads it all into memory. Must run in a transaction (PostgreSQL streams only then).
 */
public final class JdbcStreams {

    private static final int ROWS_A_FETCH = 1_000;

    private JdbcStreams() {
    }

    /** Runs the query and hands each row to {@code rows}, which must not use the connection itself. */
    public static void eachRow(JdbcTemplate jdbc, String sql, RowCallbackHandler rows, Object... values) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                lazy(connection, true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(ROWS_A_FETCH);
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.processRow(result);
                    }
                }
            } finally {
                if (h2) {
                    lazy(connection, false);
                }
            }
            return null;
        });
    }

    /** H2's session setting; it does not end the transaction. */
    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }
}
