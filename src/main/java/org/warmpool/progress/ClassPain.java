package org.warmpool.progress;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One attended class with the pain before and after it (null when not recorded), for the
 * participant's progress.
 */
public record ClassPain(long bookingId, LocalDate date, LocalTime start, int levelNumber, String levelTitle,
        Integer before, Integer after) {

    /** A change of 2 points on the 0-10 scale is clinically meaningful (DOMAIN.md "Facts"). */
    public static final int MEANINGFUL_CHANGE = 2;

    /** Pain after minus pain before, or null when either is missing. */
    public Integer change() {
        return before == null || after == null ? null : after - before;
    }

    /** Pain changed by 2 points or more during the class, up or down. */
    public boolean meaningfulChange() {
        Integer change = change();
        return change != null && Math.abs(change) >= MEANINGFUL_CHANGE;
    }

    ProgressionAdvisor.SessionPain forAdvisor() {
        return new ProgressionAdvisor.SessionPain(date, levelNumber, before, after);
    }
}
