package org.warmpool.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.program.ExerciseBias;

/** An upcoming, not cancelled session that might suit the participant. */
public record Candidate(
        long sessionId,
        LocalDate date,
        LocalTime start,
        LevelRules level,
        ExerciseBias bias,
        String poolName,
        BigDecimal poolTemperature,
        boolean poolHasLift,
        Long instructorId,
        String instructorName,
        int seatsLeft,
        int waitlistLength) {
}
