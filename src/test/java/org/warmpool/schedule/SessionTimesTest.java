package org.warmpool.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.warmpool.pool.Pool;
import org.warmpool.program.ExerciseBias;

/** A 09:00 class stays at 09:00 on the clinic's clock when daylight saving starts or ends. */
class SessionTimesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void inSpringTheClassMovesOneHourEarlierInUtcButStaysAtNineLocally() {
        // Clocks went forward on Sunday 29 March 2026.
        ClassSession before = session(LocalDate.of(2026, 3, 27));
        ClassSession after = session(LocalDate.of(2026, 3, 30));

        assertThat(before.getStartTime()).isEqualTo(NINE);
        assertThat(after.getStartTime()).isEqualTo(NINE);
        assertThat(before.getStartsAt()).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
        assertThat(after.getStartsAt()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void inAutumnTheClassMovesOneHourLaterInUtcButStaysAtNineLocally() {
        // Clocks went back on Sunday 25 October 2026.
        ClassSession before = session(LocalDate.of(2026, 10, 23));
        ClassSession after = session(LocalDate.of(2026, 10, 26));

        assertThat(before.getStartsAt()).isEqualTo(Instant.parse("2026-10-23T08:00:00Z"));
        assertThat(after.getStartsAt()).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void onTheNightTheClocksGoBackAnEveningClassStillLastsItsMinutes() {
        ClassSession sunday = session(LocalDate.of(2026, 10, 25));

        assertThat(java.time.Duration.between(sunday.getStartsAt(), sunday.getEndsAt())).hasMinutes(45);
    }

    @Test
    void backToBackSessionsDoNotOverlapButOneMinuteMoreDoes() {
        ClassSession nineToNineFortyFive = session(LocalDate.of(2026, 6, 1));
        Instant end = nineToNineFortyFive.getEndsAt();

        assertThat(nineToNineFortyFive.overlaps(end, end.plusSeconds(2700))).isFalse();
        assertThat(nineToNineFortyFive.overlaps(end.minusSeconds(60), end.plusSeconds(2700))).isTrue();
        assertThat(nineToNineFortyFive.overlaps(end.minusSeconds(5400), nineToNineFortyFive.getStartsAt())).isFalse();
    }

    private static ClassSession session(LocalDate date) {
        Pool pool = new Pool("Test pool", new BigDecimal("33.0"), new BigDecimal("1.00"), new BigDecimal("1.40"),
                true, 8);
        return new ClassSession(null, null, pool, ExerciseBias.NEUTRAL, date, NINE, 45, 6, LONDON);
    }
}
