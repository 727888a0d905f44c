package org.warmpool.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.program.ClassLevel;
import org.warmpool.report.ClinicMonthFixture;
import org.warmpool.security.Role;

/**
 * The outcomes report on {@link ClinicMonthFixture}'s month: every figure, the group-of-5 rule in the
 * table, the chart and the CSV, a narrower filter, a bad period, and the security event log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutcomesReportViewTest extends KaribuTest {

    private static final String FEWER = "fewer than 5";
    private static final String WITHHELD = "withheld (protects a group of fewer than 5)";
    private static final String DISC = "Herniated or bulging disc in the lower back";
    private static final String STENOSIS = "Narrowing of the spinal canal (lumbar spinal stenosis)";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ClinicSettings clinic;
    @Autowired
    private TestClock clock;

    private ClinicMonthFixture month;

    @BeforeEach
    void aHandBuiltMonth() {
        month = new ClinicMonthFixture(jdbc, clinic.timeZone(), java.time.LocalDate.now(clock)).build();
        clock.moveTo(month.now());
        login("desk-" + month.tag + "@example.org", Role.FRONT_DESK);
        navigate("reports/outcomes");
    }

    @Test
    void everyFigureOfTheMonthWithSmallGroupsHiddenAndTheOpeningLogged(CapturedOutput output) {
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("outcomes-table"));

        assertThat(ReportTablesReader.rows(table)).containsExactly(
                "Level 0 Warm Water Relief | Level" + (" | " + WITHHELD).repeat(8),
                "Level 1 Gentle Mobility | Level | 6 | 6.0 | 5.0 | 4 of 6 (67%) | 2 | 1 | 3 of 6 (50%) | 5 of 6 (83%)",
                "Level 2 Stretch & Strengthen | Level" + (" | " + FEWER).repeat(8),
                DISC + " | Condition | 6 | 6.0 | 5.0 | 4 of 6 (67%) | 2 | 1 | 3 of 6 (50%) | 5 of 6 (83%)",
                STENOSIS + " | Condition | 8 | 5.8 | 4.8 | " + FEWER + " | 0 | 0 | " + FEWER + " | " + FEWER);
        String svg = _get(Svg.class).getElement().getProperty("innerHTML", "");
        assertThat(svg).contains(">" + FEWER + "<", ">" + WITHHELD + "<", ">6<", ">5<", ">5.8<", ">4.8<")
                .doesNotContain(">3<", ">7<");
        assertThat(svg.split("class=\"before\"", -1)).as("bars for the three shown groups only").hasSize(4);
        assertThat(_get(Paragraph.class, spec -> spec.withId("outcomes-summary")).getText()).startsWith(
                "Level 0 Warm Water Relief: " + WITHHELD + ". Level 1 Gentle Mobility: 6 participants, "
                        + "average pain 6.0 before class and 5.0 after.");
        assertThat(output.getOut()).contains("Outcomes report shown: desk-" + month.tag + "@example.org (from "
                + month.lastDay.minusDays(30) + " to " + month.lastDay + ", pool all, level all, instructor all)");
    }

    @Test
    void theDownloadHasTheSameFiguresAndHidesTheSameGroupsAndIsLogged(CapturedOutput output) {
        assertThat(_get(Anchor.class, spec -> spec.withId("outcomes-export")).getHref()).isNotBlank();

        String csv = _get(OutcomesReportView.class).csv();

        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFFGroup,Group by,Participants,Average pain before,Average pain after,"
                        + "Pain 2+ points lower by 6th class,Moved up a level,Moved down a level,"
                        + "Questionnaire improved after 6 classes,Questionnaire improved after 12 classes",
                "Level 0 Warm Water Relief,Level" + ("," + WITHHELD).repeat(8),
                "Level 1 Gentle Mobility,Level,6,6.0,5.0,4 of 6 (67%),2,1,3 of 6 (50%),5 of 6 (83%)",
                "Level 2 Stretch & Strengthen,Level" + ("," + FEWER).repeat(8),
                DISC + ",Condition,6,6.0,5.0,4 of 6 (67%),2,1,3 of 6 (50%),5 of 6 (83%)",
                STENOSIS + ",Condition,8,5.8,4.8," + FEWER + ",0,0," + FEWER + "," + FEWER);
        assertThat(output.getOut()).contains("Outcomes report downloaded: desk-" + month.tag + "@example.org (from "
                + month.lastDay.minusDays(30));
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingALevelShowsThatLevelAloneAndABadPeriodIsExplainedOnTheField() {
        ComboBox<ClassLevel> level = _get(ComboBox.class, spec -> spec.withLabel("Level"));
        ClassLevel one = level.getListDataView().getItems().filter(l -> l.getLevelNumber() == 1).findFirst()
                .orElseThrow();

        _setValue(level, one);

        assertThat(ReportTablesReader.rows(_get(NativeTable.class, spec -> spec.withId("outcomes-table"))))
                .containsExactly(
                        "Level 1 Gentle Mobility | Level | 6 | 6.0 | 5.0 | 4 of 6 (67%) | 2 | 1 | 3 of 6 (50%) | 5 of 6 (83%)",
                        DISC + " | Condition | 6 | 6.0 | 5.0 | 4 of 6 (67%) | 2 | 1 | 3 of 6 (50%) | 5 of 6 (83%)");

        DatePicker last = _get(DatePicker.class, spec -> spec.withLabel("Last day"));
        _setValue(last, month.lastDay.plusYears(3));

        assertThat(last.isInvalid()).isTrue();
        assertThat(last.getErrorMessage()).isEqualTo("A report covers at most two years: choose a shorter period.");
        assertThat(ReportTablesReader.rows(_get(NativeTable.class, spec -> spec.withId("outcomes-table"))))
                .as("the report keeps what it showed").hasSize(2);
    }
}
