package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.report.ui.ReportViews.choosePeriod;
import static org.warmpool.report.ui.ReportViews.choosePool;
import static org.warmpool.report.ui.ReportViews.download;
import static org.warmpool.report.ui.ReportViews.rows;
import static org.warmpool.report.ui.ReportViews.totals;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.report.ClinicMonthFixture;
import org.warmpool.report.ReportFixture;
import org.warmpool.security.Role;

class AttendanceViewTest extends KaribuTest {

    @Autowired
    private ReportFixture fixture;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClinicSettings clinic;
    @Autowired
    private TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theReportJoinsEachClassesAttendanceWithTheLateCancellationsAndNoShows() {
        ReportFixture.Built built = fixture.shared();
        String poolA = built.poolA().getName();
        String poolB = built.poolB().getName();
        String monday = day(built, 0);
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("reports/attendance");

        choosePeriod(built);

        assertThat(totals("attendance")).isEqualTo("4 classes held: 14 booked, 11 attended, 1 not marked. "
                + "1 late cancellation, 2 no-shows.");
        assertThat(rows("attendance-classes")).containsExactly(
                List.of(monday, "09:00", "Level 1 Gentle Mobility", poolA, "4", "3", "1", "0", "1"),
                List.of(monday, "10:00", "Level 2 Stretch & Strengthen", poolB, "3", "2", "0", "1", "0"),
                List.of(day(built, 2), "09:00", "Level 2 Stretch & Strengthen", poolA, "5", "5", "0", "0", "0"),
                List.of(day(built, 7), "09:00", "Level 1 Gentle Mobility", poolA, "2", "1", "1", "0", "0"));
        assertThat(shownInFull("attendance-classes")).isTrue();
        assertThat(shownInFull("attendance-missed")).isTrue();
        assertThat(rows("attendance-missed")).containsExactly(
                List.of(monday, "09:00", "Level 1 Gentle Mobility", built.p5().name(), "No-show"),
                List.of(monday, "09:00", "Level 1 Gentle Mobility", built.p3().name(), "Late cancellation"),
                List.of(day(built, 7), "09:00", "Level 1 Gentle Mobility", built.p2().name(), "No-show"));
        String csv = download("attendance");
        assertThat(csv).startsWith("\uFEFFDate,Time,Class,Pool,Booked,Attended,No-shows,Not marked,"
                + "Late cancellations,Participant,What happened\r\n" + built.monday() + ",09:00,Level 1 Gentle Mobility,'"
                + poolA + ",4,3,1,0,1,,\r\n");
        assertThat(csv).endsWith("\r\n" + built.monday().plusDays(7) + ",09:00,Level 1 Gentle Mobility,'" + poolA
                + ",,,,,," + built.p2().name() + ",No-show\r\n");

        choosePool(built.poolB());

        assertThat(totals("attendance")).isEqualTo("1 class held: 3 booked, 2 attended, 1 not marked. "
                + "0 late cancellations, 0 no-shows.");
        assertThat(rows("attendance-missed")).isEmpty();
    }

    @Test
    void aBusyMonthsNamesComeAPageAtATimeInATableThatScrolls() {
        // 45 classes held; 30 of them with a no-show and a late cancellation each: 60 names.
        ClinicMonthFixture month = new ClinicMonthFixture(jdbc, clinic.timeZone(), LocalDate.now(clock)).build()
                .crowded(1, 30);
        clock.moveTo(month.now());
        login("desk-" + month.tag + "@example.org", Role.FRONT_DESK);
        navigate("reports/attendance");

        assertThat(totals("attendance")).startsWith("45 classes held: ").endsWith(" 30 late cancellations, 30 no-shows.");
        assertThat(shownInFull("attendance-classes")).isTrue();
        assertThat(shownInFull("attendance-missed")).isFalse();
        assertThat(_get(Grid.class, spec -> spec.withId("attendance-missed")).getHeight()).isEqualTo("36em");
        List<List<String>> names = rows("attendance-missed");
        assertThat(names).hasSize(60).doesNotHaveDuplicates();
        assertThat(names).filteredOn(row -> row.get(4).equals("No-show")).hasSize(30)
                .allSatisfy(row -> assertThat(row.get(3)).contains("-absent " + month.tag));
        // Row by row what the download has (read again, all at once), in the same order.
        List<String> downloaded = Arrays.stream(download("attendance").split("\r\n"))
                .filter(line -> line.endsWith(",No-show") || line.endsWith(",Late cancellation"))
                .map(line -> line.substring(line.lastIndexOf(',', line.lastIndexOf(',') - 1) + 1)).toList();
        assertThat(downloaded).isEqualTo(names.stream().map(row -> row.get(3) + "," + row.get(4)).toList());
    }

    private static boolean shownInFull(String gridId) {
        return _get(Grid.class, spec -> spec.withId(gridId)).isAllRowsVisible();
    }

    private static String day(ReportFixture.Built built, int plus) {
        return built.monday().plusDays(plus).format(org.warmpool.base.ClinicFormats.DAY_SHORT_YEAR);
    }
}
