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

    /** A session with its places taken as it counts them itself: no booking is read for them. */
    static ScheduledSession of(ClassSession s) {
        return of(s, s.getInstructor() == null ? null : s.getInstructor().getId(),
                s.getInstructor() == null ? null : s.getInstructor().getName());
    }

    /**
     * A row of the session, its instructor's id and their name (null for none), read without the
     * instructor loaded ({@link ClassSessionRepository#findStartingBetweenWithInstructorNames}).
     */
    static ScheduledSession ofRow(Object[] row) {
        return of((ClassSession) row[0], (Long) row[1], (String) row[2]);
    }

    private static ScheduledSession of(ClassSession s, Long instructorId, String instructorName) {
        return new ScheduledSession(s.getId(), s.getSeries() == null ? null : s.getSeries().getId(), s.getDate(),
                s.getStartTime(), s.getDurationMinutes(), s.getLevel().getId(), s.getLevel().getLevelNumber(),
                s.getLevel().getName(), s.getLevel().getMinWaterTemperature(), s.getPool().getId(),
                s.getPool().getName(), s.getPool().getWaterTemperature(), s.getBias(), instructorId,
                instructorName, s.getCapacity(), s.getSeatsTaken(), s.getStatus(), s.getCancelReason());
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
