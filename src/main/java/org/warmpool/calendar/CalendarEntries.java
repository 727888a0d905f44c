package org.warmpool.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.warmpool.booking.Booking;
import org.warmpool.booking.BookingStatus;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionStatus;

/** The classes a feed shows, read by the account they belong to. */
interface CalendarEntries extends Repository<ClassSession, Long> {

    /**
     * The person's places and waitlist places, and their places on classes the clinic called off,
     * on classes starting in the window.
     */
    @Query("""
            select b from Booking b join fetch b.session s join fetch s.level join fetch s.pool
            where b.participant.user.id = :userId and s.startsAt >= :from and s.startsAt < :until
              and (b.status in :active or (b.cancelledByClinic = true and s.status = :cancelled))
            order by s.startsAt, b.id""")
    List<Booking> bookingsOf(long userId, Instant from, Instant until, Collection<BookingStatus> active,
            SessionStatus cancelled);

    @Query("""
            select b from Booking b join fetch b.session s join fetch s.level join fetch s.pool
            join fetch b.participant p
            where b.id = :bookingId""")
    Optional<Booking> booking(long bookingId);

    /** The classes the person teaches (as the assigned instructor) starting in the window, cancelled ones too. */
    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool join fetch s.instructor i
            where i.user.id = :userId and s.startsAt >= :from and s.startsAt < :until
            order by s.startsAt, s.id""")
    List<ClassSession> taughtBy(long userId, Instant from, Instant until);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i
            where s.id = :sessionId""")
    Optional<ClassSession> session(long sessionId);
}
