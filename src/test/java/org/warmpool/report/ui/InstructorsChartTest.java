package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warmpool.report.InstructorsCalculator;

/** The instructors chart shows at most 20 instructors, those who taught most; its words say so. */
class InstructorsChartTest {

    @Test
    void aChainsInstructorsChartTheTwentyWhoTaughtMostAndTheWordsSaySo() {
        // 25 instructors: "Ins 01" taught 1 hour ... "Ins 25" 25 hours.
        List<InstructorsCalculator.Total> totals = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new InstructorsCalculator.Total(String.format("Ins %02d", i), i, 60 * i, 0)).toList();
        InstructorsCalculator.Result report = new InstructorsCalculator.Result(List.of(), totals, List.of());

        List<InstructorsCalculator.Total> charted = InstructorsReportView.charted(report);

        assertThat(charted).hasSize(InstructorsReportView.CHARTED);
        assertThat(charted.get(0).instructorName()).isEqualTo("Ins 25");
        assertThat(charted.get(19).instructorName()).isEqualTo("Ins 06");
        assertThat(InstructorsReportView.summary(report))
                .startsWith("25 instructors taught in this period; the chart shows the 20 who taught most. "
                        + "Ins 25: 25 h in 25 classes, 0 as cover. Ins 24: 24 h in 24 classes")
                .endsWith("Ins 06: 6 h in 6 classes, 0 as cover. The table below has every instructor.")
                .doesNotContain("Ins 05");
    }

    @Test
    void aFewInstructorsAreAllCharted() {
        List<InstructorsCalculator.Total> totals = List.of(new InstructorsCalculator.Total("Ann", 2, 90, 1),
                new InstructorsCalculator.Total("Bob", 4, 180, 0));

        String summary = InstructorsReportView.summary(new InstructorsCalculator.Result(List.of(), totals, List.of()));

        assertThat(summary).isEqualTo("Bob: 3 h in 4 classes, 0 as cover. Ann: 1 h 30 min in 2 classes, 1 as cover. "
                + "The table below has every instructor.");
    }
}
