package org.warmpool.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmpool.report.SessionFigures;
import org.warmpool.report.Utilisation;
import org.warmpool.report.UtilisationCalculator;

class HeatMapTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final Utilisation report = UtilisationCalculator.calculate(List.of(
            session(MONDAY, "09:00", 4, 3), session(MONDAY.plusDays(7), "09:00", 4, 3),
            session(MONDAY.plusDays(2), "11:00", 10, 2)), Instant.parse("2027-01-01T00:00:00Z"));

    @Test
    void aSquareIsDarkerTheFullerItsClassesWereWithItsRateWrittenIn() {
        String svg = HeatMap.svg(report, "map-summary");

        // Monday 09:00: 6 of 8 places booked.
        assertThat(svg).contains("<g class=\"cell\" data-cell=\"MONDAY-9\"><title>Monday 09:00: 2 classes held, 6 of 8 "
                + "places booked (75%)</title><rect x=\"68\" y=\"40\" width=\"60\" height=\"40\" "
                + "fill=\"hsl(200, 80%, 43%)\" stroke=\"hsl(200, 20%, 60%)\"/><text class=\"rate\" x=\"98\" y=\"66\" "
                + "text-anchor=\"middle\" fill=\"#000000\">75%</text></g>");
        // Wednesday 11:00: 2 of 10, pale with black text.
        assertThat(svg).contains("fill=\"hsl(200, 80%, 81%)\"", "fill=\"#000000\">20%</text>");
        // Tuesday 10:00 had no class: an empty square that says so.
        assertThat(svg).contains("<g class=\"cell\" data-cell=\"TUESDAY-10\"><title>Tuesday 10:00: no class</title>"
                + "<rect x=\"132\" y=\"84\" width=\"60\" height=\"40\" fill=\"none\"");
        assertThat(svg).contains("role=\"img\"", "aria-describedby=\"map-summary\"", ">09:00</text>", ">11:00</text>",
                ">Sun</text>");
    }

    @Test
    void theShadeRunsFromPaleToDarkAndStopsAtFull() {
        assertThat(HeatMap.shade(0)).isEqualTo("hsl(200, 80%, 95%)");
        assertThat(HeatMap.shade(100)).isEqualTo("hsl(200, 80%, 25%)");
        assertThat(HeatMap.shade(130)).isEqualTo("hsl(200, 80%, 25%)");
        assertThat(HeatMap.shade(null)).isEqualTo("hsl(0, 0%, 88%)");
        // White from a lightness of 38% (82% booked), black above it: 4.5:1 or more either way.
        assertThat(HeatMap.ink(81)).isEqualTo("#000000");
        assertThat(HeatMap.ink(82)).isEqualTo("#ffffff");
        assertThat(HeatMap.ink(100)).isEqualTo("#ffffff");
    }

    @Test
    void theSummaryNamesTheFullestAndEmptiestHours() {
        assertThat(HeatMap.summary(report)).isEqualTo("Classes were held at 2 weekdays and hours. Fullest: Monday "
                + "09:00, 75% of places booked. Emptiest: Wednesday 11:00, 20% of places booked. A darker square is "
                + "fuller; an empty square had no class. The table below has every figure.");
    }

    private static SessionFigures session(LocalDate date, String start, int capacity, long booked) {
        LocalTime time = LocalTime.parse(start);
        return new SessionFigures(date.toEpochDay(), date, time, date.atTime(time).toInstant(ZoneOffset.UTC), 1, "L",
                "A", capacity, false, booked, booked, 0, 0);
    }
}
