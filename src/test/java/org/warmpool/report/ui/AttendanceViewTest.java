package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.report.ui.ReportViews.choosePeriod;
import static org.warmpool.report.ui.ReportViews.choosePool;
import static org.warmpool.report.ui.ReportViews.download;
import static org.warmpool.report.ui.ReportViews.rows;
import static org.warmpool.report.ui.ReportViews.totals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.report.ReportFixture;
import org.warmpool.security.Role;

class AttendanceViewTest extends KaribuTest {

    @Autowired
    private ReportFixture fixture;

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

    private static String day(ReportFixture.Built built, int plus) {
        return built.monday().plusDays(plus).format(org.warmpool.base.ClinicFormats.DAY_SHORT_YEAR);
    }
}
