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

    /**
     * The waitlist lengths of the sessions starting after {@code from} and before {@code to} that
     * have a waitlist (a session without one is not in the map), in one query.
     */
    Map<Long, Integer> waitingStartingBetween(java.time.Instant from, java.time.Instant to);
}
