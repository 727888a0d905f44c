package org.warmpool.booking;

/** Attendance was marked or corrected; published inside the marking transaction. */
public record AttendanceMarked(long bookingId, long participantId, Attendance attendance) {
}
