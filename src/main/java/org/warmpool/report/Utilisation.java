package org.warmpool.report;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The utilisation report: the period's totals, the same figures per level, pool, weekday and start
 * hour, and the weekday x hour map (one cell per weekday and hour that had a class held or
 * cancelled). {@code stillToCome} counts the period's classes that have not started yet, which the
 * figures leave out.
 */
public record Utilisation(Figures total, List<Figures> byLevel, List<Figures> byPool, List<Figures> byWeekday,
        List<Figures> byHour, List<Cell> cells, int stillToCome) {

    /** One weekday and start hour (classes starting 9:00 to 9:59 are hour 9). */
    public record Cell(DayOfWeek weekday, int hour, Figures figures) {
    }

    /** The cell of this weekday and hour, if a class started then. */
    public java.util.Optional<Cell> cell(DayOfWeek weekday, int hour) {
        return cells.stream().filter(cell -> cell.weekday() == weekday && cell.hour() == hour).findFirst();
    }

    /** The hours that had a class, first to last (with the hours between). */
    public List<Integer> hours() {
        int first = cells.stream().mapToInt(Cell::hour).min().orElse(0);
        int last = cells.stream().mapToInt(Cell::hour).max().orElse(-1);
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().toList();
    }
}
