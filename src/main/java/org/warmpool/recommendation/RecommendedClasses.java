package org.warmpool.recommendation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.Recommendation;

/**
 * The classes recommended to a participant, best first, as the matcher ranks them among every
 * upcoming class; and every upcoming class counted by date, start time and level (those
 * recommended among them), for the choices of day, time and level and how many classes each
 * choice leaves. The classes that do not suit are not read here: they are read, with their
 * reasons, only when someone asks to see them.
 *
 * @param blockedBecause why the participant may not book at all, or null (then both lists are empty)
 */
public record RecommendedClasses(String blockedBecause, List<Recommendation> recommendations, List<Slot> classes) {

    /** How many upcoming classes of a level start on a date at a time. */
    public record Slot(LocalDate date, LocalTime start, LevelRules level, int count) {
    }

    public RecommendedClasses {
        classes = List.copyOf(classes);
    }
}
