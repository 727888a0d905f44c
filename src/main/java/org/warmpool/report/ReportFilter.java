package org.warmpool.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.warmpool.base.RuleViolationException;

/**
 * What a report covers: the classes held from the first to the last day (both included, in the
 * clinic's time zone), and optionally one pool, one level and one instructor (null: all of them).
 */
public record ReportFilter(LocalDate from, LocalDate to, Long poolId, Long levelId, Long instructorId) {

    /** The longest period one report covers: two years, so that a report stays quick to build. */
    public static final int LONGEST_PERIOD_DAYS = 731;

    public ReportFilter {
        if (from == null || to == null) {
            throw new RuleViolationException("Choose a first and a last day.");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("The last day must be on or after the first day.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new RuleViolationException("A report covers at most two years: choose a shorter period.");
        }
    }

    /** The whole clinic between two days. */
    public static ReportFilter between(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, null, null, null);
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
