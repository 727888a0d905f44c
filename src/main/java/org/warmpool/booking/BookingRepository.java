package org.warmpool.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.warmpool.schedule.ClassSession;

interface BookingRepository extends JpaRepository<Booking, Long> {

    String DETAILS = """
            select b from Booking b join fetch b.participant p join fetch b.session s join fetch s.level
            join fetch s.pool left join fetch s.instructor i left join fetch i.user
            """;

    @Query("select b.session.id from Booking b where b.id = :id")
    Optional<Long> sessionIdOf(long id);

    @Query(DETAILS + " where b.id = :id")
    Optional<Booking> findWithDetails(long id);

    @Query("""
            select b from Booking b where b.session.id = :sessionId and b.participant.id = :participantId
              and b.status <> org.warmpool.booking.BookingStatus.CANCELLED""")
    Optional<Booking> findActive(long sessionId, long participantId);

    @Query(DETAILS + """
             where p.id = :participantId and b.status <> org.warmpool.booking.BookingStatus.CANCELLED
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.id <> :sessionId and s.startsAt < :end and s.endsAt > :start""")
    List<Booking> findActiveOverlapping(long participantId, long sessionId, Instant start, Instant end);

    /** A class the participant has a place on (or in the waitlist of): what a refusal names. */
    interface Overlap {
        long getSessionId();

        BookingStatus getStatus();

        int getLevelNumber();

        String getLevelName();

        LocalDate getDate();

        java.time.LocalTime getStartTime();
    }

    /**
     * The participant's active bookings on this session and on the scheduled classes that overlap
     * it ({@link #findActive} and {@link #findActiveOverlapping} in one statement, for the booking's
     * checks): no entities, only what the refusals name (usually there is none).
     */
    @Query("""
            select s.id as sessionId, b.status as status, l.levelNumber as levelNumber, l.name as levelName,
              s.date as date, s.startTime as startTime
            from Booking b join b.session s join s.level l
            where b.participant.id = :participantId and b.status <> org.warmpool.booking.BookingStatus.CANCELLED
              and (s.id = :sessionId or s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
                and s.startsAt < :end and s.endsAt > :start)
            order by s.startsAt""")
    List<Overlap> activeOnOrOverlapping(long participantId, long sessionId, Instant start, Instant end);

    @Query(DETAILS + """
             where s.id = :sessionId and b.status = org.warmpool.booking.BookingStatus.WAITLISTED
             order by b.waitlistPosition""")
    List<Booking> findWaitlist(long sessionId);

    @Query(DETAILS + """
             where s.id = :sessionId and b.status = org.warmpool.booking.BookingStatus.CONFIRMED
             order by b.confirmedAt, b.id""")
    List<Booking> findConfirmed(long sessionId);

    /**
     * The confirmed places on these classes with their participants (for sheets: names and
     * attendance). The classes are not fetched: their instructors' accounts would bring their roles,
     * 50 accounts a statement, and the statements would grow with the classes.
     */
    @Query("""
            select b from Booking b join fetch b.participant p
            where b.session.id in :sessionIds and b.status = org.warmpool.booking.BookingStatus.CONFIRMED
            order by b.confirmedAt, b.id""")
    List<Booking> findConfirmedIn(Collection<Long> sessionIds);

    @Query(DETAILS + """
             where s.id = :sessionId and b.status <> org.warmpool.booking.BookingStatus.CANCELLED
             order by b.id""")
    List<Booking> findActiveOnSession(long sessionId);

    @Query("""
            select count(b) from Booking b
            where b.session.id = :sessionId and b.status = org.warmpool.booking.BookingStatus.WAITLISTED""")
    int countWaiting(long sessionId);

    /** A waitlisted place and where it stands in its class's waitlist (1 for first). */
    interface WaitlistPlace {
        long getBookingId();

        long getPlace();
    }

    /** Where each of a participant's waitlisted places from {@code from} stands, in one statement. */
    @Query("""
            select b.id as bookingId, (select count(o) from Booking o where o.session.id = b.session.id
                and o.status = org.warmpool.booking.BookingStatus.WAITLISTED
                and o.waitlistPosition <= b.waitlistPosition) as place
            from Booking b
            where b.participant.id = :participantId and b.status = org.warmpool.booking.BookingStatus.WAITLISTED
              and b.session.startsAt >= :from""")
    List<WaitlistPlace> waitlistPlacesOf(long participantId, Instant from);

    @Query(DETAILS + " where p.id = :participantId and s.startsAt >= :from order by s.startsAt, b.id")
    List<Booking> findOfParticipantFrom(long participantId, Instant from);

    @Query(DETAILS + " where p.id = :participantId and s.startsAt < :before order by s.startsAt desc, b.id")
    List<Booking> findOfParticipantBefore(long participantId, Instant before);

    @Query(DETAILS + """
             where b.status = org.warmpool.booking.BookingStatus.CONFIRMED
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt >= :from and s.startsAt < :to
             order by s.startsAt, p.fullName""")
    List<Booking> findConfirmedStartingBetween(Instant from, Instant to);

    @Query("""
            select distinct b.session.id from Booking b
            where b.status = org.warmpool.booking.BookingStatus.WAITLISTED
              and b.session.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and b.session.startsAt > :from and b.session.startsAt <= :to""")
    List<Long> findSessionsWithWaitlistStartingBetween(Instant from, Instant to);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool
            where s.status = org.warmpool.schedule.SessionStatus.SCHEDULED and s.startsAt >= :from and s.startsAt < :to
              and (:poolId is null or s.pool.id = :poolId)
            order by s.startsAt, s.pool.name""")
    List<ClassSession> findScheduledSessionsStartingBetween(Instant from, Instant to, Long poolId);

    /** Places confirmed on a class, and how many of those people arrived. */
    interface ArrivalCount {
        long getSessionId();

        long getBooked();

        long getArrived();
    }

    @Query("""
            select b.session.id as sessionId, count(b) as booked,
                   sum(case when b.attendance = org.warmpool.booking.Attendance.ATTENDED then 1 else 0 end) as arrived
            from Booking b
            where b.session.id in :sessionIds and b.status = org.warmpool.booking.BookingStatus.CONFIRMED
            group by b.session.id""")
    List<ArrivalCount> countArrivals(Collection<Long> sessionIds);

    @Query("""
            select count(distinct b.participant.id) from Booking b
            where b.session.id = :sessionId and b.status <> org.warmpool.booking.BookingStatus.CANCELLED
              and b.participant.id in (
                select past.participant.id from Booking past
                where past.session.instructor.id = :instructorId and past.session.startsAt < :now
                  and past.status = org.warmpool.booking.BookingStatus.CONFIRMED
                  and (past.attendance is null or past.attendance = org.warmpool.booking.Attendance.ATTENDED))""")
    int countTaughtBefore(long instructorId, long sessionId, Instant now);

    /** The instructors of the classes this participant came to: one query, whatever their number. */
    @Query("""
            select distinct s.instructor.id from Booking b join b.session s
            where b.participant.id = :participantId and b.status = org.warmpool.booking.BookingStatus.CONFIRMED
              and b.attendance = org.warmpool.booking.Attendance.ATTENDED and s.instructor is not null""")
    List<Long> findInstructorsAttendedBy(long participantId);

    /**
     * A confirmed place on a class on a day from {@code firstDay} to {@code lastDay} that this
     * instructor teaches while still teaching at the clinic (the privacy rule of health data).
     */
    @Query("""
            select count(b) > 0 from Booking b join b.session s join s.instructor i
            where b.participant.id = :participantId and b.status = org.warmpool.booking.BookingStatus.CONFIRMED
              and i.active = true and i.user.email = lower(:instructorEmail)
              and s.date >= :firstDay and s.date <= :lastDay""")
    boolean isOnRosterOf(String instructorEmail, long participantId, LocalDate firstDay, LocalDate lastDay);

    @Query(DETAILS + " where p.id = :participantId order by s.startsAt, b.id")
    List<Booking> findAllOfParticipant(long participantId);

    @Query("""
            select count(b) from Booking b where b.participant.id = :participantId
              and b.status <> org.warmpool.booking.BookingStatus.CANCELLED
              and b.session.status = org.warmpool.schedule.SessionStatus.SCHEDULED and b.session.endsAt > :now""")
    long countActiveNotEnded(long participantId, Instant now);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Booking b set b.overrideReason = null where b.participant.id = :participantId")
    int clearOverrideReasons(long participantId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Booking b set b.bookedBy = :neutral where b.bookedBy in :emails")
    int replaceBookedBy(Collection<String> emails, String neutral);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Booking b set b.cancelledBy = :neutral where b.cancelledBy in :emails")
    int replaceCancelledBy(Collection<String> emails, String neutral);

    @org.springframework.data.jpa.repository.Modifying
    @Query("update Booking b set b.attendanceMarkedBy = :neutral where b.attendanceMarkedBy in :emails")
    int replaceAttendanceMarkedBy(Collection<String> emails, String neutral);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool
            where s.pool.id = :poolId and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt > :from and s.startsAt < :until
            order by s.startsAt, s.id""")
    List<ClassSession> findScheduledInPoolBetween(long poolId, Instant from, Instant until);

    /** Classes of a level on a day, not yet started, in another pool in use whose water is warm enough. */
    @Query("""
            select s from ClassSession s join fetch s.level l join fetch s.pool p
            where l.id = :levelId and s.date = :date and p.id <> :poolId and p.retired = false
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED and s.startsAt > :now
              and p.waterTemperature >= l.minWaterTemperature
            order by s.startsAt, s.id""")
    List<ClassSession> findWarmAlternatives(long levelId, LocalDate date, long poolId, Instant now);
}
