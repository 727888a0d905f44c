package org.warmpool.report;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.Roles;

/**
 * The reports on classes (utilisation, waitlists, attendance) for the front desk and administrators:
 * a few queries each, worked out by the plain-Java calculators.
 */
@Service
@Transactional(readOnly = true)
public class ClassReports {

    private final ClassReportQueries queries;
    private final Clock clock;

    ClassReports(ClassReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public Utilisation utilisation(ReportFilter filter) {
        return UtilisationCalculator.calculate(sessions(filter), clock.instant());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<WaitlistLine> waitlists(ReportFilter filter) {
        List<WaitlistPlace> places = queries.waitlistPlaces(filter.from(), filter.to(), filter.poolId(),
                filter.levelId(), filter.instructorId());
        return WaitlistCalculator.calculate(sessions(filter), places, clock.instant());
    }

    /** The whole report, the late cancellations and no-shows by name included. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AttendanceReport attendance(ReportFilter filter) {
        return namesOf(filter, held(filter));
    }

    /**
     * The report shown, read with {@code filter}, with the late cancellations and no-shows by name
     * in its classes (the download of what the page shows).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AttendanceReport withNames(ReportFilter filter, AttendanceReport shown) {
        return namesOf(filter, shown.sessions());
    }

    private AttendanceReport namesOf(ReportFilter filter, List<SessionFigures> held) {
        Set<Long> heldIds = held.stream().map(SessionFigures::sessionId).collect(Collectors.toSet());
        List<MissedPlace> missed = queries.missedPlaces(filter.from(), filter.to(), filter.poolId(), filter.levelId(),
                filter.instructorId()).stream().filter(place -> heldIds.contains(place.sessionId())).toList();
        return new AttendanceReport(held, missed);
    }

    /**
     * The report's classes; the names come a page at a time ({@link #missedPlaces}): a chain's month
     * has ten thousand of them, which no page shows at once.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public AttendanceReport attendanceClasses(ReportFilter filter) {
        return new AttendanceReport(held(filter), List.of());
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the report's late cancellations and no-shows. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<MissedPlace> missedPlaces(AttendanceReport report, long offset, int limit) {
        AttendanceReport.Range range = report.missedRange(offset, limit);
        if (range.sessionIds().isEmpty()) {
            return List.of();
        }
        return queries.missedPlacesIn(range.sessionIds()).stream().skip(range.skip()).limit(limit).toList();
    }

    private List<SessionFigures> held(ReportFilter filter) {
        Instant now = clock.instant();
        return sessions(filter).stream().filter(session -> session.heldBy(now)).toList();
    }

    private List<SessionFigures> sessions(ReportFilter filter) {
        return queries.sessions(filter.from(), filter.to(), filter.poolId(), filter.levelId(), filter.instructorId());
    }
}
