package org.warmpool.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.instructor.InstructorName;
import org.warmpool.report.InstructorsCalculator;
import org.warmpool.report.ClinicMonthFixture;
import org.warmpool.security.Role;

/** The instructors report on {@link ClinicMonthFixture}'s month: hours per ISO week, one cover, certificates. */
class InstructorsReportViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClinicSettings clinic;
    @Autowired
    private TestClock clock;

    private ClinicMonthFixture month;
    private String week1;
    private String week2;
    private String from1;
    private String from2;

    @BeforeEach
    void aHandBuiltMonth() {
        month = new ClinicMonthFixture(jdbc, clinic.timeZone(), LocalDate.now(clock)).build();
        clock.moveTo(month.now());
        LocalDate monday1 = month.lastDay.minusDays(20);
        LocalDate monday2 = month.lastDay.minusDays(13);
        week1 = InstructorsCalculator.isoWeek(monday1);
        week2 = InstructorsCalculator.isoWeek(monday2);
        from1 = week1 + " (from " + ClinicFormats.DATE_SHORT.format(monday1) + ")";
        from2 = week2 + " (from " + ClinicFormats.DATE_SHORT.format(monday2) + ")";
        login("admin-" + month.tag + "@example.org", Role.ADMIN);
        navigate("reports/instructors");
    }

    private List<String> mine(String tableId) {
        return ReportTablesReader.rows(_get(NativeTable.class, spec -> spec.withId(tableId))).stream()
                .filter(row -> row.contains(month.tag)).toList();
    }

    @Test
    void hoursPerInstructorOneCoverAndTheCertificatesToRenew() {
        assertThat(ReportViews.rows("instructors-totals")).filteredOn(row -> row.get(0).contains(month.tag))
                .containsExactly(List.of(month.ivy, "11", "8 h 15 min", "0"), List.of(month.jon, "4", "3 h 15 min", "1"));
        // Every instructor's weeks would be a chain's thousands of rows: one instructor's, once chosen.
        assertThat(_find(NativeTable.class, spec -> spec.withId("instructors-weeks"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("instructors-weeks-hint")).getText())
                .startsWith("Choose an instructor above to see their hours week by week.");
        assertThat(mine("instructors-certificates")).containsExactly(
                month.jon + " | water rescue (lifeguard) | "
                        + ClinicFormats.DATE_SHORT_YEAR.format(month.lastDay.minusDays(25)) + " | Expired, still teaching",
                month.ivy + " | CPR and first aid | " + ClinicFormats.DATE_SHORT_YEAR.format(month.lastDay.plusDays(30))
                        + " | Expires 30 days after the last day");
        assertThat(_get(Paragraph.class, spec -> spec.withId("instructors-summary")).getText()).isEqualTo(
                month.ivy + ": 8 h 15 min in 11 classes, 0 as cover. " + month.jon
                        + ": 3 h 15 min in 4 classes, 1 as cover. The table below has every instructor.");
        assertThat(_get(Svg.class).getElement().getProperty("innerHTML", "")).contains(
                "Hours taught in the period, per instructor", ">8.25<", ">3.25<");
    }

    @Test
    void theDownloadHasEachInstructorsWeeks() {
        assertThat(_get(Anchor.class, spec -> spec.withId("instructors-export")).getHref()).isNotBlank();

        List<String> lines = Arrays.asList(_get(InstructorsReportView.class).csv().split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("\uFEFFInstructor,Week,Week starts,Classes,Hours,Cover classes");
        assertThat(lines).filteredOn(line -> line.contains(month.tag)).containsExactly(
                month.ivy + "," + week1 + "," + month.lastDay.minusDays(20) + ",6,4.5,0",
                month.ivy + "," + week2 + "," + month.lastDay.minusDays(13) + ",5,3.75,0",
                month.jon + "," + week1 + "," + month.lastDay.minusDays(20) + ",3,2.25,1",
                month.jon + "," + week2 + "," + month.lastDay.minusDays(13) + ",1,1,0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAnInstructorShowsTheirWeeksAndTheirCoverStillCounts() {
        ComboBox<InstructorName> instructor = _get(ComboBox.class, spec -> spec.withLabel("Instructor"));
        InstructorName jon = instructor.getListDataView().getItems().filter(i -> i.id() == month.jonId).findFirst()
                .orElseThrow();

        _setValue(instructor, jon);

        assertThat(ReportTablesReader.rows(_get(NativeTable.class, spec -> spec.withId("instructors-weeks"))))
                .containsExactly(month.jon + " | " + from1 + " | 3 | 2 h 15 min | 1",
                        month.jon + " | " + from2 + " | 1 | 1 h | 0");
        assertThat(ReportTablesReader.rows(_get(NativeTable.class, spec -> spec.withId("instructors-certificates"))))
                .containsExactly(month.jon + " | water rescue (lifeguard) | "
                        + ClinicFormats.DATE_SHORT_YEAR.format(month.lastDay.minusDays(25)) + " | Expired, still teaching");
    }
}
