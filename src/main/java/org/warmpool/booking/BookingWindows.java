package org.warmpool.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.warmpool.program.ProgrammeSettings;

/** The admin-set time windows around a class (plain Java). */
record BookingWindows(Duration lateCancellation, Duration promotionCutoff, int creditValidDays) {

    static BookingWindows of(ProgrammeSettings settings) {
        return new BookingWindows(Duration.ofHours(settings.getLateCancelHours()),
                Duration.ofHours(settings.getPromotionCutoffHours()), settings.getCreditValidDays());
    }

    /** Cancelling at {@code now} is late: inside the window before the start. */
    boolean isLate(Instant startsAt, Instant now) {
        return now.isAfter(startsAt.minus(lateCancellation));
    }

    /** A freed place still goes to the first in line by itself (before the cut-off). */
    boolean autoPromotionOpen(Instant startsAt, Instant now) {
        return now.isBefore(startsAt.minus(promotionCutoff));
    }

    LocalDate creditValidUntil(LocalDate today) {
        return today.plusDays(creditValidDays);
    }
}
