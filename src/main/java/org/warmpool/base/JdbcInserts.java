package org.warmpool.base;

import java.sql.PreparedStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * One row written with plain JDBC: for the writers that fill many tables fast (the demo clinic's
 * history), and for the rows a booking writes while others wait for its class (docs/performance.md).
 */
public final class JdbcInserts {

    private JdbcInserts() {
    }

    /** Inserts the row and returns its generated id (H2 names the key ID, PostgreSQL id). */
    public static long insert(JdbcTemplate jdbc, String sql, Object... values) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, key);
        return generatedId(key);
    }

    /** The id an insert generated (H2 names the key ID, PostgreSQL id). */
    public static long generatedId(GeneratedKeyHolder key) {
        return ((Number) key.getKeys().get(key.getKeys().containsKey("id") ? "id" : "ID")).longValue();
    }
}
