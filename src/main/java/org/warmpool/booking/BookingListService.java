package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.participant.MyParticipant;
import org.warmpool.security.Roles;

/** A participant's bookings and make-up credits as they read them, and as the front desk does. */
@Service
@Transactional
public class BookingListService {

    private final BookingRepository bookings;
    private final MakeupCreditRepository credits;
    private final Promotions promotions;
    private final MyParticipant me;
    private final Clock clock;
    private final ClinicSettings clinic;

    BookingListService(BookingRepository bookings, MakeupCreditRepository credits, Promotions promotions,
            MyParticipant me, Clock clock, ClinicSettings clinic) {
        this.bookings = bookings;
        this.credits = credits;
        this.promotions = promotions;
        this.me = me;
        this.clock = clock;
        this.clinic = clinic;
    }

    /** The logged-in participant's bookings: upcoming first (soonest first), then past (latest first). */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public MyBookings myBookings() {
        return bookingsOf(me.id());
    }

    /** A participant's bookings and credits, for the participant themselves or the front desk. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public MyBookings bookingsOf(long participantId) {
        me.requireSelfOrStaff(participantId, "Bookings of another participant");
        Instant now = clock.instant();
        BookingWindows windows = promotions.windows();
        // Every waitlisted place's position in one statement, however many waitlists they are on.
        Map<Long, Integer> places = new HashMap<>();
        bookings.waitlistPlacesOf(participantId, now)
                .forEach(place -> places.put(place.getBookingId(), (int) place.getPlace()));
        List<BookingSummary> comingUp = bookings.findOfParticipantFrom(participantId, now).stream()
                .map(b -> view(b, windows, now, places)).toList();
        // Cancelled places leave "Coming up": they are listed on their own.
        List<BookingSummary> upcoming = comingUp.stream().filter(b -> b.status() != BookingStatus.CANCELLED).toList();
        List<BookingSummary> cancelled = comingUp.stream().filter(b -> b.status() == BookingStatus.CANCELLED)
                .toList();
        List<BookingSummary> past = bookings.findOfParticipantBefore(participantId, now).stream()
                .map(b -> view(b, windows, now, Map.of())).toList();
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        List<CreditSummary> creditViews = credits.findOfParticipant(participantId).stream()
                .map(c -> new CreditSummary(c.getId(), c.getSourceSession().getLevel().title(),
                        c.getSourceSession().getDate(), c.getValidUntil(), c.getUsedAt() != null,
                        today.isAfter(c.getValidUntil())))
                .toList();
        return new MyBookings(upcoming, past, cancelled, creditViews);
    }

    private BookingSummary view(Booking booking, BookingWindows windows, Instant now, Map<Long, Integer> places) {
        boolean started = !booking.getSession().getStartsAt().isAfter(now);
        // Once someone has been checked in, the place is used: it is no longer offered for cancelling.
        boolean cancellable = booking.isActive() && !started && booking.getAttendance() == null;
        int position = cancellable && booking.getStatus() == BookingStatus.WAITLISTED
                ? places.getOrDefault(booking.getId(), 0) : 0;
        boolean late = cancellable && booking.getStatus() == BookingStatus.CONFIRMED
                && windows.isLate(booking.getSession().getStartsAt(), now);
        return BookingSummaries.of(booking, position, late, cancellable, started);
    }
}
