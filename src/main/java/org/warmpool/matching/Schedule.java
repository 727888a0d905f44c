package org.warmpool.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.warmpool.participant.TimeOfDay;

/**
 * Candidate sessions prepared once for many participants: in date, time and id order, with what
 * every match needs worked out ahead (too cold for the level, warmth, weekday, time of day).
 */
public final class Schedule {

    /** Warmth counts in half degrees above the level's minimum, up to 5 °C above it. */
    static final int MAX_WARMTH_STEPS = 10;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    final Candidate[] sessions;
    final boolean[] tooCold;
    final int[] warmthSteps;
    final DayOfWeek[] weekday;
    final TimeOfDay[] timeOfDay;
    final List<LevelRules> levels;
    /** Each session's level, as an index into {@link #levels}. */
    final int[] levelIndex;
    // What the ranking reads of each session, side by side in memory rather than behind references.
    final int[] levelNumber;
    final int[] biasOrdinal;
    final int[] dayOrdinal;
    final int[] timeOrdinal;
    final int[] seatsLeft;
    /** The instructor's id, or {@link Long#MIN_VALUE} when none is assigned. */
    final long[] instructorId;

    public Schedule(List<Candidate> candidates) {
        this(candidates, List.of());
    }

    /**
     * The candidates, with levels that none of them has but the participant's whole choice of
     * classes has: the level that suits them best is chosen among all of these, so a schedule of
     * only the classes that may suit ranks them as the whole choice would.
     */
    public Schedule(List<Candidate> candidates, Collection<LevelRules> levelsOffered) {
        sessions = candidates.stream()
                .sorted(Comparator.comparing(Candidate::date).thenComparing(Candidate::start)
                        .thenComparingLong(Candidate::sessionId))
                .toArray(Candidate[]::new);
        int n = sessions.length;
        tooCold = new boolean[n];
        warmthSteps = new int[n];
        weekday = new DayOfWeek[n];
        timeOfDay = new TimeOfDay[n];
        for (int i = 0; i < n; i++) {
            Candidate c = sessions[i];
            tooCold[i] = c.poolTemperature().compareTo(c.level().minWaterTemperature()) < 0;
            int halfDegrees = c.poolTemperature().subtract(c.level().minWaterTemperature()).multiply(TWO).intValue();
            warmthSteps[i] = Math.max(0, Math.min(halfDegrees, MAX_WARMTH_STEPS));
            weekday[i] = c.date().getDayOfWeek();
            timeOfDay[i] = TimeOfDay.of(c.start());
        }
        levels = java.util.stream.Stream.concat(candidates.stream().map(Candidate::level), levelsOffered.stream())
                .distinct().toList();
        levelIndex = new int[n];
        levelNumber = new int[n];
        biasOrdinal = new int[n];
        dayOrdinal = new int[n];
        timeOrdinal = new int[n];
        seatsLeft = new int[n];
        instructorId = new long[n];
        for (int i = 0; i < n; i++) {
            Candidate c = sessions[i];
            levelIndex[i] = levels.indexOf(c.level());
            levelNumber[i] = c.level().number();
            biasOrdinal[i] = c.bias().ordinal();
            dayOrdinal[i] = weekday[i].ordinal();
            timeOrdinal[i] = timeOfDay[i].ordinal();
            seatsLeft[i] = c.seatsLeft();
            instructorId[i] = c.instructorId() == null ? Long.MIN_VALUE : c.instructorId();
        }
    }
}
