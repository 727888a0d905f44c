package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.warmpool.SharedPostgres;

/**
 * A clinic database with a month of bookings from before V30 gets each class's figures counted by
 * V30 and V31 themselves, on H2 and on PostgreSQL: the same as counting the bookings from scratch.
 */
class KeptClassFiguresMigrationTest {

    /**
     * Each class's figures from its bookings: id, booked, attended, no-shows, late cancellations, ever
     * waitlisted, waiting now.
     */
    static final String FROM_SCRATCH = """
            SELECT s.id,
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED'),
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED'
                 AND b.attendance = 'ATTENDED'),
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED'
                 AND b.attendance = 'NO_SHOW'),
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.late_cancellation = TRUE),
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id
                 AND (b.confirmed_at IS NULL OR b.confirmed_at > b.booked_at)),
              (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITLISTED')
            FROM class_session s""";

    private static final String KEPT = "SELECT id, seats_taken, attended_count, no_show_count, late_cancelled_count, "
            + "waitlisted_count, waiting_count FROM class_session ORDER BY id";

    @Test
    void anH2DatabaseGetsTheFiguresOfItsEarlierBookings() {
        DataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        theMigrationCountsTheEarlierBookings(h2, "classpath:db/vendor/h2");
    }

    @Test
    void aPostgresqlDatabaseGetsTheFiguresOfItsEarlierBookings() {
        DataSource postgres = SharedPostgres.server().getDatabase("postgres", SharedPostgres.newDatabase());
        theMigrationCountsTheEarlierBookings(postgres, "classpath:db/vendor/postgresql");
    }

    private static void theMigrationCountsTheEarlierBookings(DataSource dataSource, String vendorMigrations) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", vendorMigrations).target("29")
                .load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        new ClinicMonthFixture(jdbc, ZoneId.of("Europe/London"), LocalDate.of(2026, 1, 5)).build().crowded(2, 12);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", vendorMigrations).load()
                .migrate();

        List<List<Long>> kept = figures(jdbc, KEPT);
        assertThat(kept).hasSize(27);
        assertThat(kept).isEqualTo(figures(jdbc, FROM_SCRATCH + " ORDER BY s.id"));
        // Not a comparison of zeros: the month has every kind of figure.
        for (int column = 1; column <= 6; column++) {
            int figure = column;
            assertThat(kept.stream().mapToLong(row -> row.get(figure)).sum()).as("column %d", column).isPositive();
        }
    }

    private static List<List<Long>> figures(JdbcTemplate jdbc, String sql) {
        return jdbc.query(sql, (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7)));
    }
}
