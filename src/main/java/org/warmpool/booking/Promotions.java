package org.warmpool.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionSeats;

/** Moves the waitlist up when places free, while the caller holds the session lock. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Promotions {

    private final BookingRepository bookings;
    private final SessionSeats seats;
    private final ProgrammeSettingsService programme;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Promotions(BookingRepository bookings, SessionSeats seats, ProgrammeSettingsService programme,
            ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.seats = seats;
        this.programme = programme;
        this.events = events;
        this.clock = clock;
    }

    int maxWaitlist() {
        return programme.current().getMaxWaitlist();
    }

    BookingWindows windows() {
        return BookingWindows.of(programme.current());
    }

    /**
     * Gives up to {@code freeSeats} places to the first in line, in order, before the cut-off; after
     * it the places stay free for the front desk to give by hand.
     */
    void fill(ClassSession session, int freeSeats) {
        Instant now = clock.instant();
        if (freeSeats <= 0 || !windows().autoPromotionOpen(session.getStartsAt(), now)) {
            return;
        }
        List<Booking> waiting = bookings.findWaitlist(session.getId());
        for (Booking booking : waiting.subList(0, Math.min(freeSeats, waiting.size()))) {
            promote(booking, now);
        }
    }

    void promote(Booking booking, Instant now) {
        seats.take(booking.getSession().getId());
        booking.promote(now);
        bookings.flush();
        events.publishEvent(BookingNotice.of(BookingNotice.Kind.PROMOTED, booking, null, null, null));
    }
}
