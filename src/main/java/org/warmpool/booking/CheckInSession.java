package org.warmpool.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A class around now that the front desk checks people in for, and whether check-in has opened. */
public record CheckInSession(long sessionId, LocalDate date, LocalTime start, String title, long poolId,
        String poolName,
        int booked, int arrived, AttendanceOpening opening) {
}
