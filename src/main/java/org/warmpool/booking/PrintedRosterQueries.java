package org.warmpool.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The printed day sheet's read: everyone on the day's rosters and waitlists in one query. */
interface PrintedRosterQueries extends Repository<Booking, Long> {

    /** One person on a roster (confirmed) or a waitlist (waitlisted) of a class. */
    interface PrintedPlace {
        Long getSessionId();

        BookingStatus getStatus();

        String getFullName();

        Instant getConfirmedAt();

        Long getWaitlistPosition();

        Long getBookingId();
    }

    @Query("""
            select b.session.id as sessionId, b.status as status, p.fullName as fullName,
                b.confirmedAt as confirmedAt, b.waitlistPosition as waitlistPosition, b.id as bookingId
            from Booking b join b.participant p
            where b.session.id in :sessionIds and b.status in (org.warmpool.booking.BookingStatus.CONFIRMED,
                org.warmpool.booking.BookingStatus.WAITLISTED)""")
    List<PrintedPlace> findPlacesIn(Collection<Long> sessionIds);
}
