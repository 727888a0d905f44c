package org.warmpool.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.pool.Pool;
import org.warmpool.program.ExerciseBias;

/**
 * An edit of a session, for that session alone or for it and all following ones of its series.
 * The date changes only for a single session; onwards, each session keeps its own date.
 */
public class SessionChange {

    @NotNull(message = "Choose the date")
    private LocalDate date;
    @NotNull(message = "Choose the start time")
    private LocalTime startTime;
    @NotNull(message = "Enter the length in minutes")
    @Min(value = 10, message = "Between 10 and 240 minutes")
    @Max(value = 240, message = "Between 10 and 240 minutes")
    private Integer durationMinutes;
    @NotNull(message = "Choose a pool")
    private Pool pool;
    @NotNull(message = "Choose the exercise bias")
    private ExerciseBias bias;
    @NotNull(message = "Enter the number of places")
    @Min(value = 1, message = "At least 1 place")
    private Integer capacity;

    public static SessionChange of(ClassSession session) {
        SessionChange change = new SessionChange();
        change.date = session.getDate();
        change.startTime = session.getStartTime();
        change.durationMinutes = session.getDurationMinutes();
        change.pool = session.getPool();
        change.bias = session.getBias();
        change.capacity = session.getCapacity();
        return change;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Pool getPool() {
        return pool;
    }

    public void setPool(Pool pool) {
        this.pool = pool;
    }

    public ExerciseBias getBias() {
        return bias;
    }

    public void setBias(ExerciseBias bias) {
        this.bias = bias;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
