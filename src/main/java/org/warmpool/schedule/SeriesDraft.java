package org.warmpool.schedule;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/** What the "new class series" form collects; the service checks it against the rules. */
public class SeriesDraft extends SessionChoices {

    @NotNull(message = "Choose a level")
    private ClassLevel level;
    @NotEmpty(message = "Choose at least one weekday")
    private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    @NotNull(message = "Choose the first date")
    private LocalDate firstDate;
    @NotNull(message = "Choose the last date")
    private LocalDate lastDate;
    private Set<LocalDate> skippedDates = new TreeSet<>();

    public SeriesDraft() {
        setBias(ExerciseBias.NEUTRAL);
    }

    public ClassLevel getLevel() {
        return level;
    }

    public void setLevel(ClassLevel level) {
        this.level = level;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(Set<DayOfWeek> weekdays) {
        this.weekdays = weekdays == null ? EnumSet.noneOf(DayOfWeek.class) : weekdays;
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

    public Set<LocalDate> getSkippedDates() {
        return skippedDates;
    }

    public void setSkippedDates(Set<LocalDate> skippedDates) {
        this.skippedDates = skippedDates == null ? new TreeSet<>() : skippedDates;
    }
}
