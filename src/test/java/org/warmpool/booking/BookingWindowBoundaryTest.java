package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the booking windows (defaults: late cancellation 12 h, automatic promotion until
 * 2 h before, credits valid 60 days). "Exactly 12 hours before" is outside the late window, and
 * "exactly 2 hours before" is the cut-off itself: from then on the front desk promotes by hand.
 */
class BookingWindowBoundaryTest {

    private static final Instant START = Instant.parse("2026-12-10T10:00:00Z");
    private final BookingWindows windows = new BookingWindows(Duration.ofHours(12), Duration.ofHours(2), 60);

    @ParameterizedTest(name = "cancelled {0} minutes before the start: late {1}")
    @CsvSource({
            "721, false", // 12 h + 1 min
            "720, false", // exactly 12 h: not late
            "719, true",  // 12 h - 1 min
            "1, true"})
    void cancellingExactlyTwelveHoursBeforeIsNotLateOneMinuteLaterIs(long minutesBefore, boolean late) {
        assertThat(windows.isLate(START, START.minus(Duration.ofMinutes(minutesBefore)))).isEqualTo(late);
    }

    @ParameterizedTest(name = "a place freed {0} minutes before the start: promoted by itself {1}")
    @CsvSource({
            "121, true",   // 2 h + 1 min
            "120, false",  // exactly 2 h: the cut-off, promote by hand
            "119, false"}) // 2 h - 1 min
    void atExactlyTwoHoursBeforeTheCutOffHasCome(long minutesBefore, boolean automatic) {
        assertThat(windows.autoPromotionOpen(START, START.minus(Duration.ofMinutes(minutesBefore))))
                .isEqualTo(automatic);
    }

    /** Day 0 is the day the class was cancelled and the credit issued. */
    @ParameterizedTest(name = "credit on day {0} after it was issued: usable {1}")
    @CsvSource({
            "59, true",
            "60, true",   // the 60th day: the last one
            "61, false"}) // the 61st day: expired
    void aCreditIsUsableOnItsSixtiethDayNotOnItsSixtyFirst(int day, boolean usable) {
        LocalDate issued = LocalDate.of(2026, 12, 4);
        MakeupCredit credit = new MakeupCredit(null, null, Instant.parse("2026-12-04T09:00:00Z"),
                windows.creditValidUntil(issued));

        assertThat(credit.usableOn(issued.plusDays(day), issued.plusDays(day))).as("booked and held that day")
                .isEqualTo(usable);
        assertThat(credit.usableOn(issued.plusDays(day), issued)).as("booked today for a class that day")
                .isEqualTo(usable);
    }
}
