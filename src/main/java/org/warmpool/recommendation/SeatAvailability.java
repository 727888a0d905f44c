package org.warmpool.recommendation;

import java.util.Collection;
import java.util.Map;

/**
 * Seats taken and waitlist lengths per session. The booking feature implements it; without
 * bookings every place is free.
 */
public interface SeatAvailability {

    record Seats(int taken, int waiting) {
    }

    Map<Long, Seats> forSessions(Collection<Long> sessionIds);
}
