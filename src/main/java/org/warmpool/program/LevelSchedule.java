package org.warmpool.program;

import java.math.BigDecimal;
import java.util.List;
import org.warmpool.base.SessionReference;

/**
 * What the schedule knows about a level's upcoming sessions, asked before its limits change.
 * Implemented by the schedule feature, so that {@code program} does not depend on it.
 */
public interface LevelSchedule {

    /** Upcoming, not cancelled sessions of this level with more places than {@code classSize}. */
    List<SessionReference> upcomingSessionsLargerThan(long levelId, int classSize);

    /** Upcoming, not cancelled sessions of this level in a pool colder than {@code minTemperature}. */
    List<SessionReference> upcomingSessionsColderThan(long levelId, BigDecimal minTemperature);
}
