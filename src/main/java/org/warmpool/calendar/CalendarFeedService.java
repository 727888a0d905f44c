package org.warmpool.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.account.CalendarAddresses;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.Booking;
import org.warmpool.booking.BookingStatus;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Calendar feeds and "Add to calendar" files. A feed (opened by its private address) holds the
 * person's places and waitlist places, and the classes they teach, from 30 days back to 180 days
 * ahead. Events carry the class (level, pool, clinic, time, instructor), never anyone's health.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeedService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);

    private final CalendarEntries entries;
    private final CalendarAddresses addresses;
    private final CurrentUser currentUser;
    private final ClinicSettings clinic;
    private final Clock clock;

    CalendarFeedService(CalendarEntries entries, CalendarAddresses addresses, CurrentUser currentUser,
            ClinicSettings clinic, Clock clock) {
        this.entries = entries;
        this.addresses = addresses;
        this.currentUser = currentUser;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * The feed of a private calendar address (the token from {@code /calendar/<token>.ics}); empty for
     * an unknown or revoked address. The address is the key, as calendar programs cannot log in.
     */
    @PermitAll
    public Optional<String> feed(String token) {
        return addresses.ownerOf(token).map(userId -> {
            Instant now = clock.instant();
            Instant from = now.minus(PAST);
            Instant until = now.plus(AHEAD);
            List<CalendarEvent> events = new ArrayList<>();
            entries.bookingsOf(userId, from, until, List.of(BookingStatus.CONFIRMED, BookingStatus.WAITLISTED),
                    SessionStatus.CANCELLED).forEach(booking -> events.add(place(booking)));
            entries.taughtBy(userId, from, until).forEach(session -> events.add(taught(session)));
            return IcsCalendar.write(clinic.name(), events, clinic.timeZone(), now);
        });
    }

    /** One of the logged-in participant's bookings as a calendar file; empty when it is not theirs. */
    @RolesAllowed(Roles.PARTICIPANT)
    public Optional<String> myBooking(long bookingId) {
        long me = me();
        return entries.booking(bookingId)
                .filter(booking -> booking.getParticipant().getUser() != null
                        && booking.getParticipant().getUser().getId() == me)
                .filter(booking -> booking.getStatus() != BookingStatus.CANCELLED || booking.isCancelledByClinic())
                .map(booking -> IcsCalendar.write(clinic.name(), List.of(place(booking)), clinic.timeZone(),
                        clock.instant()));
    }

    /** A class the logged-in instructor teaches as a calendar file; empty when they do not teach it. */
    @RolesAllowed(Roles.INSTRUCTOR)
    public Optional<String> myClass(long sessionId) {
        long me = me();
        return entries.session(sessionId)
                .filter(session -> session.getInstructor() != null && session.getInstructor().getUser().getId() == me)
                .map(session -> IcsCalendar.write(clinic.name(), List.of(taught(session)), clinic.timeZone(),
                        clock.instant()));
    }

    private long me() {
        return currentUser.principal().map(AppUserPrincipal::getUserId).orElse(-1L);
    }

    private CalendarEvent place(Booking booking) {
        ClassSession session = booking.getSession();
        boolean cancelled = session.getStatus() == SessionStatus.CANCELLED;
        boolean waitlist = booking.getStatus() == BookingStatus.WAITLISTED;
        String level = session.getLevel().title();
        String summary = cancelled ? "Cancelled: " + level : waitlist ? "Waitlist: " + level : level;
        String description;
        if (cancelled) {
            description = "The clinic has cancelled this class." + reason(session);
        } else if (waitlist) {
            description = "You are number " + booking.getWaitlistPosition() + " on the waitlist: this is not a place "
                    + "yet. We let you know when a place becomes free.";
        } else {
            description = "You have a place in this warm-pool class." + instructor(session);
        }
        return new CalendarEvent("session-" + session.getId() + "-booking-" + booking.getId() + "@warmpool",
                start(session), end(session), summary, location(session),
                description, cancelled ? CalendarEvent.State.CANCELLED
                        : waitlist ? CalendarEvent.State.TENTATIVE : CalendarEvent.State.CONFIRMED,
                session.getVersion() + booking.getVersion());
    }

    private CalendarEvent taught(ClassSession session) {
        boolean cancelled = session.getStatus() == SessionStatus.CANCELLED;
        String level = session.getLevel().title();
        return new CalendarEvent("session-" + session.getId() + "-teaching@warmpool", start(session),
                end(session), (cancelled ? "Cancelled: " : "Teaching: ") + level,
                location(session), cancelled ? "The clinic has cancelled this class." + reason(session)
                        : "You teach this class (" + session.getCapacity() + " places).",
                cancelled ? CalendarEvent.State.CANCELLED : CalendarEvent.State.CONFIRMED, session.getVersion());
    }

    private static LocalDateTime start(ClassSession session) {
        return session.getDate().atTime(session.getStartTime());
    }

    private static LocalDateTime end(ClassSession session) {
        return start(session).plusMinutes(session.getDurationMinutes());
    }

    private String location(ClassSession session) {
        return session.getPool().getName() + ", " + clinic.name();
    }

    private static String reason(ClassSession session) {
        String reason = session.getCancelReason();
        return reason == null || reason.isBlank() ? "" : " " + reason.strip();
    }

    private static String instructor(ClassSession session) {
        return session.getInstructor() == null ? "" : " Instructor: " + session.getInstructor().getName() + ".";
    }
}
