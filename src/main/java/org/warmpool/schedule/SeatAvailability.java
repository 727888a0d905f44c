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
     * The waitlist lengths of the full sessions (no place left by their own count) starting after
     * {@code from} and before {@code to} that have a waitlist, in one query; a session with a
     * place left or without a waitlist is not in the map. A waitlist counts for matching only
     * while the class is full.
     */
    Map<Long, Integer> fullWaitingStartingBetween(java.time.Instant from, java.time.Instant to);
}
