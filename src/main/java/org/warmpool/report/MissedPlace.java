package org.warmpool.report;

import java.time.LocalDate;
import java.time.LocalTime;

/** A late cancellation or a no-show, for the attendance report's list. */
public record MissedPlace(long sessionId, LocalDate date, LocalTime start, int levelNumber, String levelName, String poolName,
        String participantName, boolean noShow) {

    public String classTitle() {
        return "Level " + levelNumber + " " + levelName;
    }

    public String what() {
        return noShow ? "No-show" : "Late cancellation";
    }
}
