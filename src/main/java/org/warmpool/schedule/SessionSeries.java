package org.warmpool.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.warmpool.base.EnumMask;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/** A weekly class plan; it generated its sessions, which are then edited one by one or onwards. */
@Entity
@Table(name = "session_series")
public class SessionSeries extends ClassSetup {

    /** Bit 0 is Monday .. bit 6 is Sunday (see {@link EnumMask}). */
    @Column(name = "weekdays_mask", nullable = false)
    private int weekdaysMask;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    private LocalDate lastDate;

    protected SessionSeries() {
    }

    SessionSeries(ClassLevel level, Pool pool, ExerciseBias bias, Set<DayOfWeek> weekdays, LocalTime startTime,
            int durationMinutes, LocalDate firstDate, LocalDate lastDate, int capacity) {
        super(level, pool, bias, startTime, durationMinutes, capacity);
        this.weekdaysMask = EnumMask.of(weekdays);
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    void changeOnwards(Pool pool, ExerciseBias bias, LocalTime startTime, int durationMinutes, int capacity) {
        moveTo(pool, bias, capacity);
        retime(startTime, durationMinutes);
    }

    public Set<DayOfWeek> getWeekdays() {
        return EnumMask.toSet(weekdaysMask, DayOfWeek.class);
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }
}
