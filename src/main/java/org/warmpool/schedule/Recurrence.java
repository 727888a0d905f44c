package org.warmpool.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warmpool.base.RuleViolationException;

/** The dates of a weekly series: which days, from when to when, minus the skipped dates. */
public final class Recurrence {

    /** A series may run for two years at most; after that the clinic plans a new one. */
    public static final int MAX_YEARS = 2;

    private Recurrence() {
    }

    public static List<LocalDate> dates(Set<DayOfWeek> weekdays, LocalDate first, LocalDate last,
            Set<LocalDate> skipped) {
        check(weekdays, first, last);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (weekdays.contains(date.getDayOfWeek()) && !skipped.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    static void check(Set<DayOfWeek> weekdays, LocalDate first, LocalDate last) {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new RuleViolationException("Choose at least one weekday.");
        }
        if (first == null || last == null) {
            throw new RuleViolationException("Choose the first and the last date.");
        }
        if (last.isBefore(first)) {
            throw new RuleViolationException("The last date must be on or after the first date.");
        }
        if (last.isAfter(first.plusYears(MAX_YEARS))) {
            throw new RuleViolationException("A series can run for " + MAX_YEARS + " years at most. "
                    + "Choose a last date before " + first.plusYears(MAX_YEARS).plusDays(1) + ".");
        }
    }
}
