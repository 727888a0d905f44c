package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.SqlSent;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.report.ClinicMonthFixture;
import org.warmpool.security.Role;

/**
 * Each report sends as many SQL statements (Hibernate's and JdbcTemplate's) for a busy month with
 * many instructors and pools as for a quiet one: a chain's 300 instructors and 50 pools in the
 * filter, or its thousands of classes, must not add a statement each, or one per 50.
 */
class ReportStatementsTest extends KaribuTest {

    private static final List<String> REPORTS = List.of("reports/utilisation", "reports/waitlists",
            "reports/attendance", "reports/outcomes", "reports/instructors");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClinicSettings clinic;
    @Autowired
    private TestClock clock;

    @Test
    void aBusyMonthWithManyInstructorsTakesNoMoreStatementsThanAQuietOne() {
        ClinicMonthFixture month = new ClinicMonthFixture(jdbc, clinic.timeZone(), LocalDate.now(clock)).build();
        clock.moveTo(month.now());
        login("admin-" + month.tag + "@example.org", Role.ADMIN);
        statementsToOpen(); // what the first opening of a page reads once and keeps
        Map<String, Integer> quiet = statementsToOpen();

        // 51 more instructors: at least one more batch of 50 for anything read per instructor.
        month.crowded(51, 20);
        Map<String, Integer> busy = statementsToOpen();

        assertThat(busy).isEqualTo(quiet);
        // The busy month is what the pages show: 15 classes of the month and 20 more.
        navigate("reports/utilisation");
        assertThat(ReportViews.totals("utilisation")).startsWith("35 classes held");
    }

    private Map<String, Integer> statementsToOpen() {
        Map<String, Integer> sent = new LinkedHashMap<>();
        for (String report : REPORTS) {
            navigate("accessibility");
            sent.put(report, SqlSent.allDuring(() -> navigate(report)).size());
        }
        return sent;
    }
}
