package org.warmpool.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warmpool.instructor.CertificationType;

/**
 * The instructors report's figures from plain rows, with no database and no framework.
 * <ul>
 * <li>Hours taught: the classes of the period that took place (not cancelled, ended by now) with an
 *     instructor, by instructor and ISO week (Monday to Sunday, weeks numbered as ISO 8601 does) of
 *     the class's date in the clinic's time zone.</li>
 * <li>Cover given: the schedule keeps only who teaches each class, not who usually does. A class of
 *     a weekly series counts as cover when its instructor is not the series' regular instructor in
 *     the period: the one who taught most of the series' classes in the period (whatever the
 *     instructor filter). A series with a tie for most has no regular instructor and no cover; a
 *     single class outside a series is never cover.</li>
 * <li>Certificates: those that expire within {@value #EXPIRY_WARNING_DAYS} days after the last day
 *     (active instructors), and those that expired before the last day while the instructor is
 *     still assigned to a class after the expiry and has no later certificate of that kind.</li>
 * </ul>
 */
public final class InstructorsCalculator {

    public static final int EXPIRY_WARNING_DAYS = 60;

    /** A class that took place in the period. */
    public record TaughtClass(long instructorId, String instructorName, Long seriesId, LocalDate date, int minutes) {
    }

    /** A certificate, with the latest class date the instructor is assigned to (null: none). */
    public record Certificate(long instructorId, String instructorName, boolean active, CertificationType type,
            LocalDate expiresOn, LocalDate lastAssignedDay) {
    }

    /** One instructor's week: "2026-W23", classes, minutes and how many of them were cover. */
    public record Week(String instructorName, String week, LocalDate monday, int classes, int minutes, int cover) {
    }

    /** One instructor over the whole period. */
    public record Total(String instructorName, int classes, int minutes, int cover) {
    }

    /** A certificate to renew: {@code daysLeft} after the last day, negative once expired. */
    public record CertificateAlert(String instructorName, CertificationType type, LocalDate expiresOn, long daysLeft,
            boolean expired) {
    }

    public record Result(List<Week> weeks, List<Total> totals, List<CertificateAlert> certificates) {
    }

    private InstructorsCalculator() {
    }

    /**
     * @param taught          the period's classes that match the filter
     * @param seriesStaffing  every class of the period of the series in {@code taught}, whatever the
     *                        instructor filter: (series id, instructor id) once per class
     */
    public static Result calculate(List<TaughtClass> taught, List<long[]> seriesStaffing, List<Certificate> certificates,
            LocalDate lastDay) {
        Map<Long, Long> regular = regularInstructors(seriesStaffing);
        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<LocalDate, int[]>> weeks = new HashMap<>();
        Map<Long, int[]> totals = new HashMap<>();
        for (TaughtClass c : taught) {
            LocalDate monday = c.date().minusDays(c.date().getDayOfWeek().getValue() - 1L);
            boolean cover = c.seriesId() != null && regular.containsKey(c.seriesId())
                    && regular.get(c.seriesId()) != c.instructorId();
            names.put(c.instructorId(), c.instructorName());
            add(weeks.computeIfAbsent(c.instructorId(), i -> new TreeMap<>()).computeIfAbsent(monday,
                    m -> new int[3]), c.minutes(), cover);
            add(totals.computeIfAbsent(c.instructorId(), i -> new int[3]), c.minutes(), cover);
        }
        List<Week> weekRows = new ArrayList<>();
        weeks.forEach((id, byWeek) -> byWeek.forEach((monday, v) ->
                weekRows.add(new Week(names.get(id), isoWeek(monday), monday, v[0], v[1], v[2]))));
        weekRows.sort(Comparator.comparing(Week::instructorName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Week::monday));
        List<Total> totalRows = new ArrayList<>();
        totals.forEach((id, v) -> totalRows.add(new Total(names.get(id), v[0], v[1], v[2])));
        totalRows.sort(Comparator.comparing(Total::instructorName, String.CASE_INSENSITIVE_ORDER));
        return new Result(weekRows, totalRows, alerts(certificates, lastDay));
    }

    /** "2026-W05": the ISO week-based year and week of a day. */
    public static String isoWeek(LocalDate day) {
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // Concatenated rather than String.format: called for each instructor week (thousands on a chain).
        return day.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }

    private static void add(int[] tally, int minutes, boolean cover) {
        tally[0]++;
        tally[1] += minutes;
        if (cover) {
            tally[2]++;
        }
    }

    /** Each series' instructor with the most classes; a series with a tie has none. */
    static Map<Long, Long> regularInstructors(List<long[]> seriesStaffing) {
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (long[] row : seriesStaffing) {
            counts.computeIfAbsent(row[0], s -> new HashMap<>()).merge(row[1], 1, Integer::sum);
        }
        Map<Long, Long> regular = new HashMap<>();
        counts.forEach((series, byInstructor) -> {
            int most = byInstructor.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Long> leaders = byInstructor.entrySet().stream().filter(e -> e.getValue() == most)
                    .map(Map.Entry::getKey).toList();
            if (leaders.size() == 1) {
                regular.put(series, leaders.get(0));
            }
        });
        return regular;
    }

    private static List<CertificateAlert> alerts(List<Certificate> certificates, LocalDate lastDay) {
        List<CertificateAlert> alerts = new ArrayList<>();
        for (Certificate c : certificates) {
            long daysLeft = ChronoUnit.DAYS.between(lastDay, c.expiresOn());
            if (!c.expiresOn().isBefore(lastDay)) {
                if (daysLeft <= EXPIRY_WARNING_DAYS && c.active()) {
                    alerts.add(new CertificateAlert(c.instructorName(), c.type(), c.expiresOn(), daysLeft, false));
                }
                continue;
            }
            boolean renewed = certificates.stream().anyMatch(other -> other.instructorId() == c.instructorId()
                    && other.type() == c.type() && other.expiresOn().isAfter(c.expiresOn()));
            boolean stillAssigned = c.lastAssignedDay() != null && c.lastAssignedDay().isAfter(c.expiresOn());
            if (!renewed && stillAssigned) {
                alerts.add(new CertificateAlert(c.instructorName(), c.type(), c.expiresOn(), daysLeft, true));
            }
        }
        alerts.sort(Comparator.comparing(CertificateAlert::expiresOn).thenComparing(CertificateAlert::instructorName));
        return alerts;
    }
}
