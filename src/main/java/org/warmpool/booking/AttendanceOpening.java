package org.warmpool.booking;

import java.time.Duration;
import java.time.LocalDateTime;
import org.warmpool.base.ClinicFormats;

/**
 * Whether attendance of a class can be marked now, and from when (clinic time).
 *
 * @param open        it can be marked now
 * @param opensAt     the first moment it can, in the clinic's time zone
 * @param opensBefore how long before the start that is
 */
public record AttendanceOpening(boolean open, LocalDateTime opensAt, Duration opensBefore) {

    /** "Tue 3 Mar, 09:30, 30 minutes before the class starts". */
    public String when() {
        return opensAt.format(ClinicFormats.DAY_SHORT_TIME) + ", " + (opensBefore.isZero() ? "when the class starts"
                : ClinicFormats.minutes(opensBefore) + " before the class starts");
    }
}
