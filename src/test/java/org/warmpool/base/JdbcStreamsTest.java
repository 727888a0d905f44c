package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcStreamsTest {

    private final SingleConnectionDataSource dataSource =
            new SingleConnectionDataSource("jdbc:h2:mem:streams;DB_CLOSE_DELAY=-1", "sa", "", true);
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @Test
    void everyRowOfALargeResultComesInOrderWithItsParametersApplied() {
        jdbc.execute("CREATE TABLE numbers(n INT PRIMARY KEY) AS SELECT X FROM SYSTEM_RANGE(1, 120000)");
        List<Integer> read = new ArrayList<>();

        transaction.executeWithoutResult(status -> JdbcStreams.eachRow(jdbc,
                "SELECT n FROM numbers WHERE n > ? AND n <= ? ORDER BY n", rs -> read.add(rs.getInt(1)), 10, 110_010));

        assertThat(read).hasSize(110_000);
        assertThat(read.get(0)).isEqualTo(11);
        assertThat(read.get(read.size() - 1)).isEqualTo(110_010);
        assertThat(read).isSorted();
        jdbc.execute("DROP TABLE numbers");
    }

    @Test
    void readingInsideATransactionDoesNotEndIt() {
        jdbc.execute("CREATE TABLE notes(text VARCHAR(20))");
        List<String> seen = new ArrayList<>();

        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO notes VALUES ('written first')");
            JdbcStreams.eachRow(jdbc, "SELECT text FROM notes", rs -> seen.add(rs.getString(1)));
            status.setRollbackOnly();
        });

        assertThat(seen).as("its own row is read").containsExactly("written first");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes", Integer.class))
                .as("the rollback still undid the row").isZero();
        jdbc.execute("DROP TABLE notes");
    }
}
