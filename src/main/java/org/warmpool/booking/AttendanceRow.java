package org.warmpool.booking;

/** One confirmed participant on a class, for check-in and attendance. */
public record AttendanceRow(long bookingId, long participantId, String participantName, Attendance attendance) {
}
