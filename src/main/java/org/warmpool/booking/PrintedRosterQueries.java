package org.warmpool.booking;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The printed day sheet's read: everyone on the day's rosters and waitlists in one query. */
interface PrintedRosterQueries extends Repository<Booking, Long> {

    @Query("""
            select new org.warmpool.booking.PrintedPlace(b.session.id, b.status, p.fullName,
                b.confirmedAt, b.waitlistPosition, b.id)
            from Booking b join b.participant p
            where b.session.id in :sessionIds and b.status in (org.warmpool.booking.BookingStatus.CONFIRMED,
                org.warmpool.booking.BookingStatus.WAITLISTED)""")
    List<PrintedPlace> findPlacesIn(Collection<Long> sessionIds);
}
