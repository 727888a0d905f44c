package org.warmpool.matching;

import java.time.DayOfWeek;
import java.util.Set;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;

/**
 * A participant as the matcher sees them: their latest screened intake, preferences, the level
 * staff set for them (null until a progression is accepted) and the instructors who taught them.
 *
 * @param blockedBecause why they may not book at all (red flag, clearance missing, no intake), or
 *                       null when they may
 * @param levelSetAside  why an accepted level was set aside (high pain or a red flag since), in
 *                       words, or null: while set, only the gentle levels are offered, whatever
 *                       {@code currentLevel} says
 */
public record Profile(
        String blockedBecause,
        int pain,
        Integer painWeeks,
        boolean chronic,
        boolean highPain,
        Condition condition,
        boolean needsLift,
        boolean deepWaterOk,
        Set<DayOfWeek> preferredDays,
        Set<TimeOfDay> preferredTimes,
        Integer currentLevel,
        Set<Long> knownInstructorIds,
        String levelSetAside) {

    public Profile(String blockedBecause, int pain, Integer painWeeks, boolean chronic, boolean highPain,
            Condition condition, boolean needsLift, boolean deepWaterOk, Set<DayOfWeek> preferredDays,
            Set<TimeOfDay> preferredTimes, Integer currentLevel, Set<Long> knownInstructorIds) {
        this(blockedBecause, pain, painWeeks, chronic, highPain, condition, needsLift, deepWaterOk, preferredDays,
                preferredTimes, currentLevel, knownInstructorIds, null);
    }

    public Profile {
        preferredDays = Set.copyOf(preferredDays);
        preferredTimes = Set.copyOf(preferredTimes);
        knownInstructorIds = Set.copyOf(knownInstructorIds);
    }

    public boolean mayBook() {
        return blockedBecause == null;
    }
}
