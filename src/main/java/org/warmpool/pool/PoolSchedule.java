package org.warmpool.pool;

import java.math.BigDecimal;
import java.util.List;
import org.warmpool.base.SessionReference;

/**
 * What the schedule knows about a pool's future, asked before a pool is retired or shrunk.
 * The schedule feature implements it, so that {@code pool} does not depend on {@code schedule}.
 */
public interface PoolSchedule {

    /** Sessions in this pool that have not started yet and are not cancelled, in time order. */
    List<SessionReference> upcomingSessions(long poolId);

    /**
     * The same sessions, each with its level's minimum water temperature and the places booked on it
     * (confirmed places, not the waitlist).
     */
    List<BookedSession> upcomingSessionsWithBookings(long poolId);

    record BookedSession(long sessionId, BigDecimal minTemperature, int booked) {
    }
}
