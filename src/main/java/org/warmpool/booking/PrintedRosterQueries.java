package org.warmpool.booking;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The printed day sheet's read: everyone on the day's rosters and waitlists in one query. */
interface PrintedRosterQueries extends Repository<Booking, Long> {

    /**
     * Everyone confirmed or waiting in a class of the day. Chosen by the classes' day (the index on
     * {@code class_session.session_date}) rather than by a list of the day's hundreds of class ids,
     * which H2 compared with each booking found one by one.
     */
    @Query("""
            select new org.warmpool.booking.PrintedPlace(s.id, b.status, p.fullName,
                b.confirmedAt, b.waitlistPosition, b.id)
            from Booking b join b.session s join b.participant p
            where s.date = :day and b.status in (org.warmpool.booking.BookingStatus.CONFIRMED,
                org.warmpool.booking.BookingStatus.WAITLISTED)""")
    List<PrintedPlace> findPlacesOn(LocalDate day);
}
