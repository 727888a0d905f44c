package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.util.Set;
import org.warmpool.base.EnumMask;

/**
 * An intake's answers about getting into the water (a lift or ramp, deep water; null until
 * answered) and the days and times of day that suit the participant, stored as bit masks.
 */
@Embeddable
public record AccessAndPreferences(
        @Column(name = "needs_lift") Boolean needsLift,
        @Column(name = "deep_water_ok") Boolean deepWaterOk,
        @Column(name = "preferred_days_mask", nullable = false) int preferredDaysMask,
        @Column(name = "preferred_times_mask", nullable = false) int preferredTimesMask) {

    static final AccessAndPreferences NOT_ANSWERED = new AccessAndPreferences(null, null, 0, 0);

    static AccessAndPreferences of(boolean needsLift, boolean deepWaterOk, Set<DayOfWeek> days,
            Set<TimeOfDay> times) {
        return new AccessAndPreferences(needsLift, deepWaterOk, EnumMask.of(days), EnumMask.of(times));
    }

    boolean answered() {
        return needsLift != null && deepWaterOk != null;
    }

    public Set<DayOfWeek> preferredDays() {
        return EnumMask.toSet(preferredDaysMask, DayOfWeek.class);
    }

    public Set<TimeOfDay> preferredTimes() {
        return EnumMask.toSet(preferredTimesMask, TimeOfDay.class);
    }
}
