package org.warmpool.schedule;

import java.util.Collection;
import java.util.Map;

/**
 * Seats taken and waitlist lengths per session, for the schedule and for matching. The booking
 * feature implements it; without bookings every place is free.
 */
public interface SeatAvailability {

    record Seats(int taken, int waiting) {
    }

    Map<Long, Seats> forSessions(Collection<Long> sessionIds);
}
