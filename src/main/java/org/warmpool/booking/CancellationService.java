package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.MyParticipant;
import org.warmpool.schedule.CapacityRaised;
import org.warmpool.schedule.SessionCancelled;
import org.warmpool.schedule.SessionMoved;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Places given back: a participant or the front desk cancels, or the clinic cancels, moves or
 * enlarges a class. A freed place goes to the first in line while the session row is locked.
 */
@Service
@Transactional
public class CancellationService {

    private final BookingRepository bookings;
    private final MakeupCreditRepository credits;
    private final SessionSeats seats;
    private final Promotions promotions;
    private final MyParticipant me;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicSettings clinic;

    CancellationService(BookingRepository bookings, MakeupCreditRepository credits, SessionSeats seats,
            Promotions promotions, MyParticipant me, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock, ClinicSettings clinic) {
        this.bookings = bookings;
        this.credits = credits;
        this.seats = seats;
        this.promotions = promotions;
        this.me = me;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.clinic = clinic;
    }

    /**
     * Cancels a place or leaves the waitlist, at any time before the class starts. Inside the late
     * window a place is recorded as a late cancellation. A freed place goes to the first in line.
     *
     * @return the cancelled booking as it is now
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public BookingSummary cancel(long bookingId) {
        long sessionId = bookings.sessionIdOf(bookingId)
                .orElseThrow(() -> new RuleViolationException("This booking no longer exists."));
        SessionSeats.Locked locked = seats.lock(sessionId);
        Booking booking = bookings.findWithDetails(bookingId).orElseThrow();
        me.requireSelfOrStaff(booking.getParticipant().getId(), "Bookings of another participant");
        if (!booking.isActive()) {
            throw new RuleViolationException("This booking was cancelled already.");
        }
        Instant now = clock.instant();
        if (!booking.getSession().getStartsAt().isAfter(now)) {
            throw new RuleViolationException("This class has started or taken place. The front desk or the "
                    + "instructor records who came.");
        }
        if (booking.getAttendance() == Attendance.ATTENDED) {
            throw new RuleViolationException(booking.getParticipant().getFullName() + " is checked in for this "
                    + "class. If that was a mistake, the front desk or the instructor marks them as not come first.");
        }
        boolean hadPlace = booking.getStatus() == BookingStatus.CONFIRMED;
        boolean late = hadPlace && promotions.windows().isLate(booking.getSession().getStartsAt(), now);
        booking.cancel(now, actor(), late, false);
        if (booking.getCredit() != null && !late) {
            booking.getCredit().giveBack();
        }
        bookings.flush();
        if (hadPlace) {
            seats.release(sessionId);
            promotions.fill(locked.session(), 1);
        }
        return BookingSummaries.of(booking, 0, false, false, false);
    }

    /** The clinic cancelled a class: everyone is told; those with a place get a make-up credit. */
    @EventListener
    void onSessionCancelled(SessionCancelled cancelled) {
        SessionSeats.Locked locked = seats.lock(cancelled.sessionId());
        Instant now = clock.instant();
        LocalDate validUntil = promotions.windows().creditValidUntil(LocalDate.now(clock.withZone(clinic.timeZone())));
        for (Booking booking : bookings.findActiveOnSession(cancelled.sessionId())) {
            boolean hadPlace = booking.getStatus() == BookingStatus.CONFIRMED;
            booking.cancel(now, actor(), false, true);
            bookings.flush();
            LocalDate credit = null;
            if (hadPlace) {
                seats.release(locked.session().getId());
                credits.save(new MakeupCredit(booking.getParticipant(), locked.session(), now, validUntil));
                credit = validUntil;
            }
            events.publishEvent(BookingNotice.of(BookingNotice.Kind.CANCELLED_BY_CLINIC, booking, null,
                    cancelled.reason(), credit));
        }
    }

    /** The clinic moved a class: everyone booked or waiting keeps their place and is told. */
    @EventListener
    void onSessionMoved(SessionMoved moved) {
        bookings.flush();
        String before = moved.oldDate().format(ClinicFormats.DAY_SHORT) + " at " + moved.oldStart() + " in "
                + moved.oldPoolName();
        for (Booking booking : bookings.findActiveOnSession(moved.sessionId())) {
            events.publishEvent(BookingNotice.of(BookingNotice.Kind.MOVED, booking, null, before, null));
        }
    }

    /** More places on a session: the waitlist moves up (before the cut-off). */
    @EventListener
    void onCapacityRaised(CapacityRaised raised) {
        SessionSeats.Locked locked = seats.lock(raised.sessionId());
        promotions.fill(locked.session(), locked.seatsLeft());
    }

    private String actor() {
        return currentUser.actor();
    }
}
