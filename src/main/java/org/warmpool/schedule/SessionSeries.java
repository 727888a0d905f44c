package org.warmpool.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.warmpool.base.AbstractEntity;
import org.warmpool.base.EnumMask;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/** A weekly class plan; it generated its sessions, which are then edited one by one or onwards. */
@Entity
@Table(name = "session_series")
public class SessionSeries extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id", nullable = false)
    private ClassLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id", nullable = false)
    private Pool pool;

    @Enumerated(EnumType.STRING)
    @Column(name = "exercise_bias", nullable = false, length = 10)
    private ExerciseBias bias;

    /** Bit 0 is Monday .. bit 6 is Sunday (see {@link EnumMask}). */
    @Column(name = "weekdays_mask", nullable = false)
    private int weekdaysMask;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    @Column(nullable = false)
    private int capacity;

    protected SessionSeries() {
    }

    SessionSeries(ClassLevel level, Pool pool, ExerciseBias bias, Set<DayOfWeek> weekdays, LocalTime startTime,
            int durationMinutes, LocalDate firstDate, LocalDate lastDate, int capacity) {
        this.level = level;
        this.pool = pool;
        this.bias = bias;
        this.weekdaysMask = EnumMask.of(weekdays);
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.capacity = capacity;
    }

    void changeOnwards(Pool pool, ExerciseBias bias, LocalTime startTime, int durationMinutes, int capacity) {
        this.pool = pool;
        this.bias = bias;
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.capacity = capacity;
    }

    public Set<DayOfWeek> getWeekdays() {
        return EnumMask.toSet(weekdaysMask, DayOfWeek.class);
    }

    public ClassLevel getLevel() {
        return level;
    }

    public Pool getPool() {
        return pool;
    }

    public ExerciseBias getBias() {
        return bias;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public int getCapacity() {
        return capacity;
    }
}
