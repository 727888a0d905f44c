package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Who came: check-in at the front desk, attendance by the instructor on their own roster, and the
 * reminders for the classes of a day. (The attendance report is report.ClassReports.)
 */
@Service
@Transactional
public class AttendanceService {

    /** Check-in shows classes that started up to this long ago ... */
    static final Duration CHECK_IN_BEHIND = Duration.ofMinutes(90);
    /** ... or start within this time. */
    static final Duration CHECK_IN_AHEAD = Duration.ofHours(3);

    private final BookingRepository bookings;
    private final SessionSeats seats;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final AttendanceSettings window;
    private final FirstClasses firstClasses;

    AttendanceService(BookingRepository bookings, SessionSeats seats, CurrentUser currentUser, Clock clock,
            ClinicSettings clinic, ApplicationEventPublisher events, AttendanceSettings window,
            FirstClasses firstClasses) {
        this.firstClasses = firstClasses;
        this.events = events;
        this.window = window;
        this.bookings = bookings;
        this.seats = seats;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /**
     * Classes starting around now in one pool ({@code poolId}; null for every pool), soonest first,
     * with how many people booked and arrived: the check-in list, in two statements whatever the
     * number of classes.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<CheckInSession> sessionsForCheckIn(Long poolId) {
        Instant now = clock.instant();
        // Classes nobody booked yet are listed too: a walk-in may be the first.
        List<ClassSession> sessions = bookings.findScheduledSessionsStartingBetween(now.minus(CHECK_IN_BEHIND),
                now.plus(CHECK_IN_AHEAD), poolId);
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, BookingRepository.ArrivalCount> counts = new HashMap<>();
        bookings.countArrivals(sessions.stream().map(ClassSession::getId).toList())
                .forEach(count -> counts.put(count.getSessionId(), count));
        return sessions.stream().map(s -> {
            BookingRepository.ArrivalCount count = counts.get(s.getId());
            return new CheckInSession(s.getId(), s.getDate(), s.getStartTime(), s.getLevel().title(),
                    s.getPool().getId(), s.getPool().getName(), count == null ? 0 : (int) count.getBooked(),
                    count == null ? 0 : (int) count.getArrived(), opening(s.getStartsAt(), now));
        }).toList();
    }

    /**
     * One class's check-in, whenever it is: the front desk's start page links each of today's
     * classes here. A cancelled class has no check-in.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CheckInSession sessionForCheckIn(long sessionId) {
        ClassSession s = seats.peek(sessionId).session();
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This class was cancelled: there is no one to check in.");
        }
        List<Booking> list = bookings.findConfirmed(sessionId);
        int arrived = (int) list.stream().filter(b -> b.getAttendance() == Attendance.ATTENDED).count();
        return new CheckInSession(s.getId(), s.getDate(), s.getStartTime(), s.getLevel().title(),
                s.getPool().getId(), s.getPool().getName(), list.size(), arrived,
                opening(s.getStartsAt(), clock.instant()));
    }

    /** Everyone with a place on the class, by name: for the front desk and the class's instructor. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public List<AttendanceRow> sheet(long sessionId) {
        checkStaffOrInstructorOf(seats.peek(sessionId).session());
        return bookings.findConfirmed(sessionId).stream().map(AttendanceService::row).sorted(BY_NAME).toList();
    }

    private static final java.util.Comparator<AttendanceRow> BY_NAME =
            java.util.Comparator.comparing(AttendanceRow::participantName);

    private static AttendanceRow row(Booking b) {
        return new AttendanceRow(b.getId(), b.getParticipant().getId(), b.getParticipant().getFullName(),
                b.getAttendance());
    }

    /**
     * The sheets ({@link #sheet}) of these classes, by class, read in one query whatever their
     * number: the check-in page shows every class around now, across all pools. A class with no
     * one booked has an empty sheet.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, List<AttendanceRow>> sheets(Collection<Long> sessionIds) {
        Map<Long, List<AttendanceRow>> sheets = new LinkedHashMap<>();
        sessionIds.forEach(id -> sheets.put(id, new ArrayList<>()));
        if (sessionIds.isEmpty()) {
            return sheets;
        }
        for (Booking b : bookings.findConfirmedIn(sessionIds)) {
            sheets.get(b.getSession().getId()).add(row(b));
        }
        sheets.values().forEach(rows -> rows.sort(BY_NAME));
        return sheets;
    }

    /** Whether attendance of the class can be marked now, and from when: for the check-in and roster buttons. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public AttendanceOpening opening(long sessionId) {
        return opening(seats.peek(sessionId).session().getStartsAt(), clock.instant());
    }

    private AttendanceOpening opening(Instant startsAt, Instant now) {
        return new AttendanceOpening(window.isOpen(startsAt, now),
                LocalDateTime.ofInstant(window.opensAt(startsAt), zone), window.opensBefore());
    }

    /**
     * Marks ATTENDED (check-in) or NO_SHOW, from {@code warmpool.attendance.opens-before} before the
     * class starts; a mistake can be corrected.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    public void mark(long bookingId, Attendance attendance) {
        if (attendance == null) {
            throw new RuleViolationException("Choose whether the participant came or not.");
        }
        long sessionId = bookings.sessionIdOf(bookingId)
                .orElseThrow(() -> new RuleViolationException("This booking no longer exists."));
        // The class's row first, as bookings and cancellations take it: the mark changes the class's
        // figures, which the database keeps on that row (migration V30). Taken second, two transactions
        // could each wait for the other.
        seats.lock(sessionId);
        Booking booking = bookings.findWithDetails(bookingId).orElseThrow();
        ClassSession session = booking.getSession();
        checkStaffOrInstructorOf(session);
        if (booking.getStatus() != BookingStatus.CONFIRMED) {
            throw new RuleViolationException(booking.getParticipant().getFullName() + " has no place in this class.");
        }
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This class was cancelled.");
        }
        AttendanceOpening opening = opening(session.getStartsAt(), clock.instant());
        if (!opening.open()) {
            throw new RuleViolationException("Who came can be marked from " + opening.when() + ".");
        }
        booking.mark(attendance, clock.instant(), currentUser.actor());
        bookings.flush();
        firstClasses.refresh(booking.getParticipant().getId());
        events.publishEvent(new AttendanceMarked(bookingId, booking.getParticipant().getId(), attendance));
    }

    /** Reminders for everyone with a place in a class on {@code day}: for the reminder job. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<BookingNotice> remindersFor(LocalDate day) {
        return bookings.findConfirmedStartingBetween(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(b -> BookingNotice.of(BookingNotice.Kind.REMINDER, b, null, null, null)).toList();
    }

    private void checkStaffOrInstructorOf(ClassSession session) {
        if (currentUser.isStaff()) {
            return;
        }
        String me = currentUser.email().orElse("");
        if (session.getInstructor() == null || !session.getInstructor().getEmail().equalsIgnoreCase(me)) {
            throw new AccessDeniedException("Only the class's instructor marks its attendance");
        }
    }
}
