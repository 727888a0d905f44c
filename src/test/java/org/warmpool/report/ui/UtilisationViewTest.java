package org.warmpool.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.report.ui.ReportViews.choosePeriod;
import static org.warmpool.report.ui.ReportViews.choosePool;
import static org.warmpool.report.ui.ReportViews.download;
import static org.warmpool.report.ui.ReportViews.rows;
import static org.warmpool.report.ui.ReportViews.totals;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.report.ReportFixture;
import org.warmpool.security.Role;

class UtilisationViewTest extends KaribuTest {

    @Autowired
    private ReportFixture fixture;

    @Test
    void theFrontDeskSeesHowFullTheClassesWereAndDownloadsTheFigures() {
        ReportFixture.Built built = fixture.shared();
        String poolA = built.poolA().getName();
        String poolB = built.poolB().getName();
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("reports/utilisation");

        choosePeriod(built);

        assertThat(totals("utilisation")).isEqualTo("4 classes held, 1 cancelled by the clinic. 18 places offered, "
                + "14 booked (78%), 11 attended (61%).");
        assertThat(rows("utilisation-table")).containsExactly(
                List.of("Whole period", "All classes", "4", "1", "18", "14", "11", "78%", "61%"),
                List.of("Level", "Level 1 Gentle Mobility", "2", "1", "8", "6", "4", "75%", "50%"),
                List.of("Level", "Level 2 Stretch & Strengthen", "2", "0", "10", "8", "7", "80%", "70%"),
                List.of("Pool", poolA, "3", "0", "13", "11", "9", "85%", "69%"),
                List.of("Pool", poolB, "1", "1", "5", "3", "2", "60%", "40%"),
                List.of("Weekday", "Monday", "3", "0", "13", "9", "6", "69%", "46%"),
                List.of("Weekday", "Wednesday", "1", "1", "5", "5", "5", "100%", "100%"),
                List.of("Hour", "09:00", "3", "1", "13", "11", "9", "85%", "69%"),
                List.of("Hour", "10:00", "1", "0", "5", "3", "2", "60%", "40%"));
        // The map's table: Monday 09:00 is two classes with 6 of 8 places booked.
        NativeTable map = _get(NativeTable.class, spec -> spec.withId("utilisation-heat-table"));
        assertThat(map.getBody().getRow(0).orElseThrow().getElement().getTextRecursively())
                .isEqualTo("Monday75% (6 of 8)60% (3 of 5)");
        assertThat(map.getBody().getRow(2).orElseThrow().getElement().getTextRecursively())
                .isEqualTo("Wednesday100% (5 of 5)");

        String csv = download("utilisation");
        assertThat(csv).startsWith("\uFEFFGroup,Name,Classes held,Cancelled by the clinic,Places offered,Booked,"
                + "Attended,Booked of offered (%),Attended of offered (%)\r\n");
        assertThat(csv).contains("\r\nWhole period,All classes,4,1,18,14,11,78,61\r\n",
                "\r\nPool,'" + poolA + ",3,0,13,11,9,85,69\r\n",
                "\r\nWeekday and hour,Monday 09:00,2,0,8,6,4,75,50\r\n");

        choosePool(built.poolA());

        assertThat(totals("utilisation")).isEqualTo("3 classes held, 0 cancelled by the clinic. 13 places offered, "
                + "11 booked (85%), 9 attended (69%).");
        assertThat(rows("utilisation-table")).contains(
                List.of("Whole period", "All classes", "3", "0", "13", "11", "9", "85%", "69%"));
        assertThat(download("utilisation")).contains("\r\nWhole period,All classes,3,0,13,11,9,85,69\r\n")
                .doesNotContain(poolB);
    }
}
