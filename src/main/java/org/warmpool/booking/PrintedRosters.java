package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** As the roster page: in the order people got their place. */
    private static final Comparator<PrintedPlace> ROSTER_ORDER = Comparator
            .comparing(PrintedPlace::confirmedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PrintedPlace::bookingId);
    private static final Comparator<PrintedPlace> WAITLIST_ORDER = Comparator
            .comparing(PrintedPlace::waitlistPosition,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PrintedPlace::bookingId);

    private final RosterService rosters;
    private final ScheduleService schedule;
    private final BookingRepository bookings;
    private final PrintedRosterQueries places;
    private final Clock clock;
    private final ZoneId zone;

    PrintedRosters(RosterService rosters, ScheduleService schedule, BookingRepository bookings,
            PrintedRosterQueries places, Clock clock, ClinicSettings clinic) {
        this.rosters = rosters;
        this.schedule = schedule;
        this.bookings = bookings;
        this.places = places;
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

    /**
     * Every class of the day (in the clinic's time zone), earliest first, each with its roster, as a
     * PDF. A fixed few queries whatever the number of classes: the day's classes, then everyone on
     * their rosters and waitlists in one.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public byte[] daySheet(LocalDate day) {
        // The day's classes only (a chain has hundreds a day, thousands a week), with their places taken.
        List<ScheduledSession> sessions = schedule.day(day, null).stream()
                .filter(session -> session.date().equals(day))
                .sorted(Comparator.comparing(ScheduledSession::start).thenComparing(ScheduledSession::poolName))
                .toList();
        Map<Long, List<PrintedPlace>> confirmed = new HashMap<>();
        Map<Long, List<PrintedPlace>> waiting = new HashMap<>();
        if (sessions.stream().anyMatch(session -> !session.cancelled())) {
            // Everyone in a class of the day: the classes printed look their people up by id, and a
            // cancelled class prints no names.
            for (PrintedPlace place : places.findPlacesOn(day)) {
                (place.status() == BookingStatus.CONFIRMED ? confirmed : waiting)
                        .computeIfAbsent(place.sessionId(), id -> new ArrayList<>()).add(place);
            }
        }
        List<PrintedClass> classes = sessions.stream().map(session -> printed(session,
                names(confirmed.get(session.id()), ROSTER_ORDER), names(waiting.get(session.id()), WAITLIST_ORDER)))
                .toList();
        return RosterPdf.daySheet(day, classes, now());
    }

    private static List<String> names(List<PrintedPlace> places,
            Comparator<PrintedPlace> order) {
        return places == null ? List.of()
                : places.stream().sorted(order).map(PrintedPlace::fullName).toList();
    }

    private PrintedClass printed(Roster roster) {
        ScheduledSession s = roster.session();
        List<String> waiting = s.cancelled() ? List.of()
                : bookings.findWaitlist(s.id()).stream().map(b -> b.getParticipant().getFullName()).toList();
        return printed(s, roster.participants(), waiting);
    }

    private static PrintedClass printed(ScheduledSession s, List<String> participants, List<String> waiting) {
        return new PrintedClass(s.levelTitle(), s.date(), s.start(), s.end(), s.poolName(), s.instructorName(),
                s.capacity(), s.cancelled() ? List.of() : participants, s.cancelled() ? List.of() : waiting,
                s.cancelled() ? (s.cancelReason() == null ? "no reason given" : s.cancelReason()) : null);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
