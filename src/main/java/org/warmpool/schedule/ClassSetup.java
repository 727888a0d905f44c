package org.warmpool.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalTime;
import org.warmpool.base.AbstractEntity;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/**
 * How a class is set up: level, pool, exercise bias, start time, length and places. A
 * {@link SessionSeries} plans it weekly and hands it to the {@link ClassSession}s it generates; a
 * change onwards applies the same setup to both. Both tables name these columns alike.
 */
@MappedSuperclass
public abstract class ClassSetup extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id", nullable = false)
    private ClassLevel level;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id", nullable = false)
    private Pool pool;

    @Enumerated(EnumType.STRING)
    @Column(name = "exercise_bias", nullable = false, length = 10)
    private ExerciseBias bias;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private int capacity;

    protected ClassSetup() {
    }

    ClassSetup(ClassLevel level, Pool pool, ExerciseBias bias, LocalTime startTime, int durationMinutes,
            int capacity) {
        this.level = level;
        moveTo(pool, bias, capacity);
        retime(startTime, durationMinutes);
    }

    /** Where it takes place, with which bias and how many places. */
    void moveTo(Pool pool, ExerciseBias bias, int capacity) {
        this.pool = pool;
        this.bias = bias;
        this.capacity = capacity;
    }

    /** When it starts and how long it lasts. */
    void retime(LocalTime startTime, int durationMinutes) {
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
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

    public int getCapacity() {
        return capacity;
    }
}
