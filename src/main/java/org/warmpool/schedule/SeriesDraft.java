package org.warmpool.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/** What the "new class series" form collects; the service checks it against the rules. */
public class SeriesDraft {

    @NotNull(message = "Choose a level")
    private ClassLevel level;
    @NotNull(message = "Choose the exercise bias")
    private ExerciseBias bias = ExerciseBias.NEUTRAL;
    @NotNull(message = "Choose a pool")
    private Pool pool;
    @NotEmpty(message = "Choose at least one weekday")
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    @NotNull(message = "Choose the start time")
    private LocalTime startTime;
    @NotNull(message = "Enter the length in minutes")
    @Min(value = 10, message = "Between 10 and 240 minutes")
    @Max(value = 240, message = "Between 10 and 240 minutes")
    private Integer durationMinutes;
    @NotNull(message = "Choose the first date")
    private LocalDate firstDate;
    @NotNull(message = "Choose the last date")
    private LocalDate lastDate;
    @NotNull(message = "Enter the number of places")
    @Min(value = 1, message = "At least 1 place")
    private Integer capacity;
    private Set<LocalDate> skippedDates = new TreeSet<>();

    public ClassLevel getLevel() {
        return level;
    }

    public void setLevel(ClassLevel level) {
        this.level = level;
    }

    public ExerciseBias getBias() {
        return bias;
    }

    public void setBias(ExerciseBias bias) {
        this.bias = bias;
    }

    public Pool getPool() {
        return pool;
    }

    public void setPool(Pool pool) {
        this.pool = pool;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays = weekdays == null ? EnumSet.noneOf(DayOfWeek.class) : weekdays;
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

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public LocalDate getLastDate() {
        return lastDate;
    }

    public void setLastDate(LocalDate lastDate) {
        this.lastDate = lastDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Set<LocalDate> getSkippedDates() {
        return skippedDates;
    }

    public void setSkippedDates(Set<LocalDate> skippedDates) {
        this.skippedDates = skippedDates == null ? new TreeSet<>() : skippedDates;
    }
}
