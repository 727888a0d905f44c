package org.warmpool.participant;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What a participant answered at intake. {@code painWeeks} is the number of weeks when they
 * know it; otherwise {@code painDuration} says roughly how long.
 */
public record IntakeAnswers(
        int painNow,
        PainDuration painDuration,
        Integer painWeeks,
        Condition condition,
        Set<RedFlag> redFlags,
        Set<Contraindication> contraindications,
        boolean needsLift,
        boolean deepWaterOk,
        Set<DayOfWeek> preferredDays,
        Set<TimeOfDay> preferredTimes) {

    public IntakeAnswers {
        redFlags = Set.copyOf(redFlags);
        contraindications = Set.copyOf(contraindications);
        preferredDays = Set.copyOf(preferredDays);
        preferredTimes = Set.copyOf(preferredTimes);
    }
}
