package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.schedule.Roster;
import org.warmpool.schedule.RosterService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Roles;

/**
 * Rosters on paper ({@link RosterPdf}), for the day the poolside cannot reach the app. They show
 * what the roster page shows (names, no health data) plus the waitlist, so printing is not written
 * to the health-data audit log. Who may print is who may open the roster: the front desk, an
 * administrator, and the class's own instructor.
 */
@Service
@Transactional(readOnly = true)
public class PrintedRosters {

    private final RosterService rosters;
    private final ScheduleService schedule;
    private final BookingRepository bookings;
    private final Clock clock;
    private final ZoneId zone;

    PrintedRosters(RosterService rosters, ScheduleService schedule, BookingRepository bookings, Clock clock,
            ClinicSettings clinic) {
        this.rosters = rosters;
        this.schedule = schedule;
        this.bookings = bookings;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /**
     * One class's roster as a PDF. An instructor may print only the classes they teach.
     *
     * @throws org.springframework.security.access.AccessDeniedException for another instructor's class
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN, Roles.FRONT_DESK})
    public byte[] roster(long sessionId) {
        return RosterPdf.roster(printed(rosters.roster(sessionId)), now());
    }

    /** Every class of the day (in the clinic's time zone), earliest first, each with its roster, as a PDF. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public byte[] daySheet(LocalDate day) {
        List<PrintedClass> classes = schedule.week(day, null).stream()
                .filter(session -> session.date().equals(day))
                .sorted(Comparator.comparing(ScheduledSession::start).thenComparing(ScheduledSession::poolName))
                .map(session -> printed(rosters.roster(session.id())))
                .toList();
        return RosterPdf.daySheet(day, classes, now());
    }

    private PrintedClass printed(Roster roster) {
        ScheduledSession s = roster.session();
        List<String> waiting = s.cancelled() ? List.of()
                : bookings.findWaitlist(s.id()).stream().map(b -> b.getParticipant().getFullName()).toList();
        return new PrintedClass(s.levelTitle(), s.date(), s.start(), s.end(), s.poolName(), s.instructorName(),
                s.capacity(), s.cancelled() ? List.of() : roster.participants(), waiting,
                s.cancelled() ? (s.cancelReason() == null ? "no reason given" : s.cancelReason()) : null);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
