package org.warmpool.booking;

import java.time.Instant;

/**
 * Someone holding a confirmed place in a class, as the front desk sees them on the waitlist page:
 * name, when the place became theirs, and whether they have been checked in (null: not marked yet).
 * Names only: no health data.
 */
public record PlaceHolder(long bookingId, long participantId, String participantName, Instant bookedAt,
        Attendance attendance) {

    public boolean checkedIn() {
        return attendance == Attendance.ATTENDED;
    }
}
