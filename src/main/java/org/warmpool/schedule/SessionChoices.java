package org.warmpool.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.warmpool.pool.Pool;
import org.warmpool.program.ExerciseBias;

/**
 * What a schedule form chooses for sessions, new ({@link SeriesDraft}) or changed
 * ({@link SessionChange}): start, length, pool, exercise bias and places, with their limits.
 */
public abstract class SessionChoices {

    public static final int MIN_DURATION_MINUTES = 10;
    public static final int MAX_DURATION_MINUTES = 240;
    private static final String DURATION_MESSAGE =
            "Between " + MIN_DURATION_MINUTES + " and " + MAX_DURATION_MINUTES + " minutes";

    @NotNull(message = "Choose the start time")
    private LocalTime startTime;
    @NotNull(message = "Enter the length in minutes")
    @Min(value = MIN_DURATION_MINUTES, message = DURATION_MESSAGE)
    @Max(value = MAX_DURATION_MINUTES, message = DURATION_MESSAGE)
    private Integer durationMinutes;
    @NotNull(message = "Choose a pool")
    private Pool pool;
    @NotNull(message = "Choose the exercise bias")
    private ExerciseBias bias;
    @NotNull(message = "Enter the number of places")
    @Min(value = 1, message = "At least 1 place")
    private Integer capacity;

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
