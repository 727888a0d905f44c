package org.warmpool.booking;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When attendance (check-in, "who came", pain before and after) opens for a class: this long
 * before it starts. Before then nobody can be marked as come, so a participant never reads
 * "Attended" for a class that lies ahead of them.
 *
 * @param opensBefore how long before the start attendance opens; default 30 minutes
 */
@ConfigurationProperties("warmpool.attendance")
public record AttendanceSettings(Duration opensBefore) {

    public static final Duration DEFAULT_OPENS_BEFORE = Duration.ofMinutes(30);

    public AttendanceSettings {
        opensBefore = opensBefore == null ? DEFAULT_OPENS_BEFORE : opensBefore;
        if (opensBefore.isNegative()) {
            throw new IllegalArgumentException("warmpool.attendance.opens-before cannot be negative: " + opensBefore);
        }
    }

    /** The first moment attendance may be marked for a class starting at {@code startsAt}. */
    Instant opensAt(Instant startsAt) {
        return startsAt.minus(opensBefore);
    }

    /** Attendance may be marked at {@code now}: from the opening minute on. */
    boolean isOpen(Instant startsAt, Instant now) {
        return !now.isBefore(opensAt(startsAt));
    }
}
