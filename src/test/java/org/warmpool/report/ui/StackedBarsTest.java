package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackedBarsTest {

    @Test
    void eachPartIsAsLongAsItsShareOfTheLongestBarWithTheNumbersWrittenAfterIt() {
        String svg = StackedBars.svg("chart", "People & places", List.of("Attended", "No-shows", "Late"), List.of(
                new StackedBars.Bar("Level 1 Gentle Mobility", List.of(3L, 1L, 0L)),
                new StackedBars.Bar("Level 2 Stretch & Strengthen", List.of(2L, 0L, 0L))), "chart-summary");

        // The plot is 640 - 230 - 110 = 300 wide; the longest bar (4) fills it.
        assertThat(svg).contains("<rect class=\"part\" x=\"230\" y=\"50\" width=\"225\" height=\"28\" "
                + "fill=\"hsl(200, 80%, 32%)\"", "<rect class=\"part\" x=\"455\" y=\"50\" width=\"75\"",
                ">3 + 1 + 0</text>", "<rect class=\"part\" x=\"230\" y=\"90\" width=\"150\"", ">2 + 0 + 0</text>");
        assertThat(svg).contains("<title id=\"chart-title\">People &amp; places</title>",
                "aria-describedby=\"chart-summary\"", ">Level 2 Stretch &amp; Strengt…</text>", ">No-shows</text>");
    }
}
