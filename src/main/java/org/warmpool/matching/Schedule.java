package org.warmpool.matching;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import org.warmpool.participant.TimeOfDay;

/**
 * Candidate sessions prepared once for many participants: in date, time and id order, with what
 * every match needs worked out ahead (too cold for the level, warmth, weekday, time of day).
 */
public final class Schedule {

    final Candidate[] sessions;
    final boolean[] tooCold;
    final double[] warmth;
    final DayOfWeek[] weekday;
    final TimeOfDay[] timeOfDay;
    final List<LevelRules> levels;

    public Schedule(List<Candidate> candidates) {
        sessions = candidates.stream()
                .sorted(Comparator.comparing(Candidate::date).thenComparing(Candidate::start)
                        .thenComparingLong(Candidate::sessionId))
                .toArray(Candidate[]::new);
        int n = sessions.length;
        tooCold = new boolean[n];
        warmth = new double[n];
        weekday = new DayOfWeek[n];
        timeOfDay = new TimeOfDay[n];
        for (int i = 0; i < n; i++) {
            Candidate c = sessions[i];
            tooCold[i] = c.poolTemperature().compareTo(c.level().minWaterTemperature()) < 0;
            warmth[i] = c.poolTemperature().subtract(c.level().minWaterTemperature()).doubleValue();
            weekday[i] = c.date().getDayOfWeek();
            timeOfDay[i] = TimeOfDay.of(c.start());
        }
        levels = candidates.stream().map(Candidate::level).distinct().toList();
    }

    public int size() {
        return sessions.length;
    }
}
