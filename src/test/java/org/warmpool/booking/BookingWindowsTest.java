package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.warmpool.program.ProgrammeSettings;

/** The programme's windows at their edges: late cancellation, the promotion cut-off, a credit's last day. */
class BookingWindowsTest {

    private static final Instant START = Instant.parse("2027-03-02T10:00:00Z");

    private final BookingWindows windows = BookingWindows.of(settings(12, 2, 60));

    private static ProgrammeSettings settings(int lateHours, int cutoffHours, int creditDays) {
        ProgrammeSettings settings = new ProgrammeSettings() {
        };
        settings.setLateCancelHours(lateHours);
        settings.setPromotionCutoffHours(cutoffHours);
        settings.setCreditValidDays(creditDays);
        return settings;
    }

    @Test
    void cancellingTwelveHoursBeforeTheStartIsInGoodTime() {
        assertThat(windows.isLate(START, START.minus(Duration.ofHours(12)))).isFalse();
    }

    @Test
    void cancellingASecondLaterIsLate() {
        assertThat(windows.isLate(START, START.minus(Duration.ofHours(12)).plusSeconds(1))).isTrue();
    }

    @Test
    void aFreedPlaceGoesToTheFirstInLineUntilTwoHoursBeforeTheStart() {
        assertThat(windows.autoPromotionOpen(START, START.minus(Duration.ofHours(2)).minusSeconds(1))).isTrue();
        assertThat(windows.autoPromotionOpen(START, START.minus(Duration.ofHours(2)))).isFalse();
    }

    @Test
    void aCreditIsValidForTheSetNumberOfDays() {
        assertThat(windows.creditValidUntil(LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void theWindowsFollowTheProgrammeRules() {
        BookingWindows changed = BookingWindows.of(settings(24, 4, 30));

        assertThat(changed.isLate(START, START.minus(Duration.ofHours(20)))).isTrue();
        assertThat(changed.autoPromotionOpen(START, START.minus(Duration.ofHours(3)))).isFalse();
        assertThat(changed.creditValidUntil(LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 4, 1));
    }
}
