package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.program.ExerciseBias;

/** An upcoming, not cancelled session with everything matching needs to judge it. */
public record SessionOffer(
        long sessionId,
        LocalDate date,
        LocalTime start,
        int durationMinutes,
        int levelNumber,
        String levelName,
        int levelPainMin,
        int levelPainMax,
        BigDecimal levelMinTemperature,
        ExerciseBias bias,
        String poolName,
        BigDecimal poolTemperature,
        boolean poolHasLift,
        Long instructorId,
        String instructorName,
        int capacity) {

    public static SessionOffer of(ClassSession s) {
        return of(s, s.getInstructor() == null ? null : s.getInstructor().getId(),
                s.getInstructor() == null ? null : s.getInstructor().getName());
    }

    /** A session read without its instructor loaded, with their id and name (null for none). */
    static SessionOffer of(ClassSession s, Long instructorId, String instructorName) {
        return new SessionOffer(s.getId(), s.getDate(), s.getStartTime(), s.getDurationMinutes(),
                s.getLevel().getLevelNumber(), s.getLevel().getName(), s.getLevel().getPainMin(),
                s.getLevel().getPainMax(), s.getLevel().getMinWaterTemperature(), s.getBias(), s.getPool().getName(),
                s.getPool().getWaterTemperature(), s.getPool().isHasLift(), instructorId, instructorName,
                s.getCapacity());
    }
}
