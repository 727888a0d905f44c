package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.report.UtilisationCalculatorTest.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    /** The class starts at 09:00 on DAY. */
    private static final Instant START = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);

    @Test
    void theLongestListCountsPeopleWaitingAtTheSameTimeBeforeTheStart() {
        List<WaitlistPlace> places = List.of(
                place(1, hoursBefore(50), hoursBefore(40), null, false, true),
                place(2, hoursBefore(48), null, hoursBefore(30), false, false),
                place(3, hoursBefore(40), hoursBefore(1), null, true, true), // joins as 1 leaves: still 2
                place(4, hoursBefore(20), null, START.plusSeconds(600), false, false), // left after the start
                place(5, START.plusSeconds(60), null, null, false, false)); // after the start: not counted

        assertThat(WaitlistCalculator.longest(places, START)).isEqualTo(2);
    }

    @Test
    void promotionsByHandAreThoseTheLogRecordsAndNeverGotInCountsPeopleOnce() {
        List<WaitlistPlace> places = List.of(
                place(1, hoursBefore(50), hoursBefore(40), null, false, true),
                place(2, hoursBefore(48), hoursBefore(1), null, true, true),
                place(3, hoursBefore(47), null, hoursBefore(45), false, false),
                place(3, hoursBefore(44), null, null, false, false), // waited twice, never in: once
                place(4, hoursBefore(43), null, hoursBefore(42), false, true)); // left, then booked a free place

        List<WaitlistLine> lines = WaitlistCalculator.calculate(
                List.of(session(7, DAY, "09:00", 1, "A", 4, false, 4, 4)), places, START.plusSeconds(3600));

        assertThat(lines).containsExactly(new WaitlistLine(7, DAY, java.time.LocalTime.of(9, 0), "Level 1 L", "A", 4,
                1, 1, 1));
    }

    @Test
    void aClassStillToComeHasNoNeverGotInAndACancelledClassIsLeftOut() {
        List<WaitlistPlace> waiting = List.of(place(1, hoursBefore(5), null, null, false, false));

        assertThat(WaitlistCalculator.calculate(List.of(session(7, DAY, "09:00", 1, "A", 4, false, 4, 0)), waiting,
                START.minusSeconds(60))).singleElement().extracting(WaitlistLine::neverGotIn, WaitlistLine::longest)
                .containsExactly(null, 1);
        assertThat(WaitlistCalculator.calculate(List.of(session(7, DAY, "09:00", 1, "A", 4, true, 0, 0)), waiting,
                START.plusSeconds(60))).isEmpty();
    }

    private static Instant hoursBefore(int hours) {
        return START.minusSeconds(hours * 3600L);
    }

    private static WaitlistPlace place(long participant, Instant joined, Instant confirmed, Instant cancelled,
            boolean byHand, boolean gotAPlace) {
        return new WaitlistPlace(7, participant, joined, confirmed, cancelled, byHand, gotAPlace);
    }
}
