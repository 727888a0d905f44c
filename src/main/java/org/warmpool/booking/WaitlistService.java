package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/** The front desk runs a session's waitlist: reorder with a reason, promote by hand after the cut-off. */
@Service
@Transactional
public class WaitlistService {

    private final BookingRepository bookings;
    private final BookingLogRepository log;
    private final SessionSeats seats;
    private final Promotions promotions;
    private final CurrentUser currentUser;
    private final Clock clock;

    WaitlistService(BookingRepository bookings, BookingLogRepository log, SessionSeats seats, Promotions promotions,
            CurrentUser currentUser, Clock clock) {
        this.bookings = bookings;
        this.log = log;
        this.seats = seats;
        this.promotions = promotions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Waitlist waitlist(long sessionId) {
        List<Booking> waiting = bookings.findWaitlist(sessionId);
        SessionSeats.Locked now = seats.peek(sessionId);
        ClassSession session = now.session();
        List<WaitlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < waiting.size(); i++) {
            Booking b = waiting.get(i);
            entries.add(new WaitlistEntry(b.getId(), b.getParticipant().getId(), b.getParticipant().getFullName(),
                    i + 1, b.getBookedAt()));
        }
        boolean open = promotions.windows().autoPromotionOpen(session.getStartsAt(), clock.instant());
        return new Waitlist(sessionId, session.getLevel().title() + " in " + session.getPool().getName(),
                session.getStartsAt(), session.getCapacity(), Math.max(0, now.seatsLeft()), open, entries);
    }

    /**
     * Who holds the places in a class, in the order they got them: so that the front desk can tell
     * a caller who is in. Names, booking times and check-in only; no health data.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<PlaceHolder> placeHolders(long sessionId) {
        return bookings.findConfirmed(sessionId).stream()
                .map(b -> new PlaceHolder(b.getId(), b.getParticipant().getId(), b.getParticipant().getFullName(),
                        b.getConfirmedAt() == null ? b.getBookedAt() : b.getConfirmedAt(), b.getAttendance()))
                .toList();
    }

    /**
     * Classes past the cut-off with a free place and people waiting: the front desk decides who
     * gets the place (soonest first).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<Waitlist> placesToGiveByHand() {
        Instant now = clock.instant();
        return bookings.findSessionsWithWaitlistStartingBetween(now, now.plus(promotions.windows().promotionCutoff()))
                .stream().map(this::waitlist).filter(Waitlist::promoteByHand)
                .sorted(java.util.Comparator.comparing(Waitlist::startsAt)).toList();
    }

    /** Moves someone one place up (towards the front) or down, with a reason that is recorded. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public void move(long bookingId, boolean up, String reason) {
        String why = requireReason(reason, "moving someone in the waitlist");
        Booking booking = lockedWaiting(bookingId);
        List<Booking> waiting = bookings.findWaitlist(booking.getSession().getId());
        int index = waiting.indexOf(booking);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= waiting.size()) {
            throw new RuleViolationException(up ? "This person is first in line already."
                    : "This person is last in line already.");
        }
        Booking neighbour = waiting.get(other);
        long mine = booking.getWaitlistPosition();
        long theirs = neighbour.getWaitlistPosition();
        // Positions are unique per session: park one at a free value while swapping.
        booking.moveInWaitlist(-mine);
        bookings.flush();
        neighbour.moveInWaitlist(mine);
        bookings.flush();
        booking.moveInWaitlist(theirs);
        bookings.flush();
        log.save(new BookingLogEntry(bookingId, clock.instant(), currentUser.actor(),
                up ? "WAITLIST_MOVED_UP" : "WAITLIST_MOVED_DOWN", why));
    }

    /** Gives a free place to someone waiting, after the cut-off when places no longer go by themselves. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public void promoteByHand(long bookingId) {
        Booking booking = lockedWaiting(bookingId);
        ClassSession session = booking.getSession();
        Instant now = clock.instant();
        if (!session.getStartsAt().isAfter(now)) {
            throw new RuleViolationException("This class has started; nobody can join it now.");
        }
        if (seats.peek(session.getId()).seatsLeft() <= 0) {
            throw new RuleViolationException("No place is free in this class. Someone must cancel first.");
        }
        promotions.promote(booking, now);
        log.save(new BookingLogEntry(bookingId, now, currentUser.actor(), "PROMOTED_BY_HAND", null));
    }

    private Booking lockedWaiting(long bookingId) {
        long sessionId = bookings.sessionIdOf(bookingId)
                .orElseThrow(() -> new RuleViolationException("This booking no longer exists."));
        seats.lock(sessionId);
        Booking booking = bookings.findWithDetails(bookingId).orElseThrow();
        if (booking.getStatus() != BookingStatus.WAITLISTED) {
            throw new RuleViolationException(booking.getParticipant().getFullName() + " is no longer waiting: "
                    + (booking.getStatus() == BookingStatus.CONFIRMED ? "they have a place." : "they left the list."));
        }
        return booking;
    }

    static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("Give a reason for " + what + "; it is kept on record.");
        }
        if (reason.strip().length() > BookingLogEntry.REASON_MAX_LENGTH) {
            throw new RuleViolationException("The reason can be " + BookingLogEntry.REASON_MAX_LENGTH
                    + " characters at most.");
        }
        return reason.strip();
    }
}
