package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestDatabaseSwitch;

/**
 * The service tests run twice, on H2 and on PostgreSQL (pom.xml): this one proves that each run is
 * on the database it says, so a broken switch cannot pass the H2 run off as the PostgreSQL one.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseUnderTestTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theServicesWorkOnTheDatabaseThisRunIsFor() throws SQLException {
        String expected = "postgresql".equals(TestDatabaseSwitch.database()) ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
