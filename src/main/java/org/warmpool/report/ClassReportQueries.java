package org.warmpool.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.warmpool.schedule.ClassSession;

/**
 * The reports' reads: one query per report part, whatever the number of classes in the period
 * (never a query per class). Each takes the filter's period (class days, both included), pool,
 * level and instructor (null: all).
 *
 * <p>Each class's figures are kept beside it by the database as its bookings change (migration V30):
 * the classes' figures read one row a class, and the waitlists and missed places read the bookings of
 * only the classes that have some.
 *
 * <p>The level, pool and participant are outer joins, which change no row (each is required), and the
 * missed places begin at the classes: with inner joins H2 began with the few levels and read each
 * level's classes of every day through its index (a chain's whole year, 156,004 classes for a month's
 * 12,851), not the period's classes through the index on the day.
 */
interface ClassReportQueries extends Repository<ClassSession, Long> {

    String FILTER = """
             where s.date >= :from and s.date <= :to and (:poolId is null or p.id = :poolId)
               and (:levelId is null or l.id = :levelId) and (:instructorId is null or i.id = :instructorId)
            """;

    @Query("""
            select new org.warmpool.report.SessionFigures(s.id, s.date, s.startTime, s.startsAt, l.levelNumber,
                l.name, p.name, s.capacity, s.status, s.seatsTaken, s.attendedCount, s.noShowCount,
                s.lateCancelledCount)
            from ClassSession s left join s.level l left join s.pool p left join s.instructor i
            """ + FILTER + """
             order by s.startsAt, s.id""")
    List<SessionFigures> sessions(LocalDate from, LocalDate to, Long poolId, Long levelId, Long instructorId);

    /** Bookings that were ever in a waitlist: never confirmed, or confirmed after they were made. */
    @Query("""
            select new org.warmpool.report.WaitlistPlace(s.id, b.participant.id, b.bookedAt, b.confirmedAt,
                b.cancelledAt, (select count(log) from org.warmpool.booking.BookingLogEntry log
                    where log.bookingId = b.id and log.action = 'PROMOTED_BY_HAND'),
                (select count(other) from org.warmpool.booking.Booking other
                    where other.session = s and other.participant = b.participant and other.confirmedAt is not null))
            from org.warmpool.booking.Booking b join b.session s left join s.level l left join s.pool p
              left join s.instructor i
            """ + FILTER + """
               and s.waitlistedCount > 0 and (b.confirmedAt is null or b.confirmedAt > b.bookedAt)
             order by s.id, b.bookedAt, b.id""")
    List<WaitlistPlace> waitlistPlaces(LocalDate from, LocalDate to, Long poolId, Long levelId, Long instructorId);

    String MISSED_PLACE = """
            select new org.warmpool.report.MissedPlace(s.id, s.date, s.startTime, l.levelNumber, l.name, p.name,
                person.fullName, case when b.attendance = org.warmpool.booking.Attendance.NO_SHOW then true else false end)
            from ClassSession s join org.warmpool.booking.Booking b on b.session = s left join b.participant person
              left join s.level l left join s.pool p left join s.instructor i
            """;

    /** A class's late cancellations and no-shows (never both: a cancelled booking has no attendance). */
    String MISSED = """
               and (b.lateCancellation = true or (b.status = org.warmpool.booking.BookingStatus.CONFIRMED
                    and b.attendance = org.warmpool.booking.Attendance.NO_SHOW))
             order by s.startsAt, s.id, person.fullName, b.id""";

    @Query(MISSED_PLACE + FILTER + " and (s.lateCancelledCount > 0 or s.noShowCount > 0)" + MISSED)
    List<MissedPlace> missedPlaces(LocalDate from, LocalDate to, Long poolId, Long levelId, Long instructorId);

    /** The missed places of these classes, in the order of {@link #missedPlaces}. */
    @Query(MISSED_PLACE + " where s.id in :sessionIds" + MISSED)
    List<MissedPlace> missedPlacesIn(Collection<Long> sessionIds);
}
