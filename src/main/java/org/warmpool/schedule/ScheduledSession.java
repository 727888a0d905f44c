package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.program.ExerciseBias;

/** A session as the schedule screens show it. */
public record ScheduledSession(
        long id,
        Long seriesId,
        LocalDate date,
        LocalTime start,
        int durationMinutes,
        long levelId,
        int levelNumber,
        String levelName,
        BigDecimal levelMinTemperature,
        long poolId,
        String poolName,
        BigDecimal poolTemperature,
        ExerciseBias bias,
        Long instructorId,
        String instructorName,
        int capacity,
        int seatsTaken,
        SessionStatus status,
        String cancelReason) {

    static ScheduledSession of(ClassSession s) {
        return of(s, 0);
    }

    static ScheduledSession of(ClassSession s, int seatsTaken) {
        return of(s, s.getInstructor() == null ? null : s.getInstructor().getId(),
                s.getInstructor() == null ? null : s.getInstructor().getName(), seatsTaken);
    }

    /** A session read without its instructor loaded, with their id and name (null for none). */
    static ScheduledSession of(ClassSession s, Long instructorId, String instructorName, int seatsTaken) {
        return new ScheduledSession(s.getId(), s.getSeries() == null ? null : s.getSeries().getId(), s.getDate(),
                s.getStartTime(), s.getDurationMinutes(), s.getLevel().getId(), s.getLevel().getLevelNumber(),
                s.getLevel().getName(), s.getLevel().getMinWaterTemperature(), s.getPool().getId(),
                s.getPool().getName(), s.getPool().getWaterTemperature(), s.getBias(), instructorId,
                instructorName, s.getCapacity(),
                seatsTaken, s.getStatus(), s.getCancelReason());
    }

    public LocalTime end() {
        return start.plusMinutes(durationMinutes);
    }

    /** The pool is colder than the level needs: shown with a badge and left out of matching. */
    public boolean poolTooCold() {
        return poolTemperature.compareTo(levelMinTemperature) < 0;
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public String levelTitle() {
        return "Level " + levelNumber + " " + levelName;
    }
}
