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
import org.warmpool.base.ClinicFormats;
import org.warmpool.report.ReportFixture;
import org.warmpool.security.Role;

class WaitlistsViewTest extends KaribuTest {

    @Autowired
    private ReportFixture fixture;

    @Test
    void theWaitlistShowsItsLongestLengthWhoWasPromotedAndWhoNeverGotIn() {
        ReportFixture.Built built = fixture.shared();
        String poolA = built.poolA().getName();
        login("admin@warmpool.example", Role.ADMIN);
        navigate("reports/waitlists");

        choosePeriod(built);

        assertThat(totals("waitlists")).isEqualTo("1 class with a waitlist, the longest 3 waiting. "
                + "1 promoted automatically, 1 promoted by hand, 1 never got in.");
        assertThat(rows("waitlists-table")).containsExactly(List.of(built.monday().format(ClinicFormats.DAY_SHORT_YEAR),
                "09:00", "Level 1 Gentle Mobility", poolA, "3", "1", "1", "1"));
        String csv = download("waitlists");
        assertThat(csv).isEqualTo("\uFEFFDate,Time,Class,Pool,Longest waitlist,Promoted automatically,"
                + "Promoted by hand,Never got in\r\n" + built.monday() + ",09:00,Level 1 Gentle Mobility,'" + poolA
                + ",3,1,1,1\r\n");

        choosePool(built.poolB());

        assertThat(totals("waitlists")).isEqualTo("0 classes with a waitlist, the longest 0 waiting. "
                + "0 promoted automatically, 0 promoted by hand, 0 never got in.");
        assertThat(rows("waitlists-table")).isEmpty();
    }
}
