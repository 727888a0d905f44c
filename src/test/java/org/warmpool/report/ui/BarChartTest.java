package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart has a title and a text alternative, a bar per value, and only words for a hidden group. */
class BarChartTest {

    @Test
    void aShownGroupHasTwoBarsWithTheirValuesAndAHiddenOneOnlyItsWords() {
        String svg = BarChart.svg("outcomes-chart", "Average pain before and after class (0 to 10)", "summary",
                List.of(new BarChart.Series("Before class", "before"), new BarChart.Series("After class", "after")),
                List.of(BarChart.Row.of("Level 1", 6.0, 5.0), BarChart.Row.hidden("Level 2", "fewer than 5")), 10, 2);

        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"outcomes-chart-title\"",
                "aria-describedby=\"summary\"", "<title id=\"outcomes-chart-title\">Average pain before and after "
                        + "class (0 to 10)</title>", ">Before class<", ">After class<", ">fewer than 5<");
        assertThat(svg.split("class=\"before\"", -1)).hasSize(2);
        assertThat(svg.split("class=\"after\"", -1)).hasSize(2);
        // Bars start at x=230 and 10 is 340 wide: 6.0 ends at 434, 5.0 at 400.
        assertThat(svg).contains("class=\"before\" x=\"230\" y=\"41\" width=\"204\"",
                "class=\"after\" x=\"230\" y=\"57\" width=\"170\"", ">6<", ">5<");
    }

    @Test
    void labelsAreEscapedAndNumbersShortened() {
        String svg = BarChart.svg("c", "A & B", "s", List.of(new BarChart.Series("Hours", "hours")),
                List.of(BarChart.Row.of("<Ivy>", 3.75)), 4, 1);

        assertThat(svg).contains("A &amp; B", "&lt;Ivy&gt;", ">3.75<").doesNotContain("<Ivy>");
    }
}
