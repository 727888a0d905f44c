package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    /**
     * The sessions starting between two instants, in one pool or all ({@code poolId} null), each
     * beside its instructor's id and name (both null for none) rather than with the instructor and
     * their account loaded: accounts bring their roles, 50 accounts a statement, so the statements
     * would grow with the instructors.
     */
    @Query("""
            select s, i.id, u.displayName from ClassSession s join fetch s.level join fetch s.pool
              left join s.instructor i left join i.user u
            where s.startsAt >= :from and s.startsAt < :to and (:poolId is null or s.pool.id = :poolId)
            order by s.startsAt, s.pool.name""")
    List<Object[]> findStartingBetweenWithInstructorNames(Instant from, Instant to, Long poolId);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.pool.id = :poolId and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt < :to and s.endsAt > :from""")
    List<ClassSession> findScheduledInPoolDuring(long poolId, Instant from, Instant to);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.id = :id""")
    Optional<ClassSession> findWithDetails(long id);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.series.id = :seriesId and s.date >= :from
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
            order by s.startsAt""")
    List<ClassSession> findScheduledInSeriesFrom(long seriesId, LocalDate from);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.pool.id = :poolId and s.startsAt > :now
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
            order by s.startsAt""")
    List<ClassSession> findUpcomingInPool(long poolId, Instant now);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.level.id = :levelId and s.startsAt > :now and s.capacity > :classSize
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
            order by s.startsAt""")
    List<ClassSession> findUpcomingOfLevelLargerThan(long levelId, int classSize, Instant now);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.level.id = :levelId and s.startsAt > :now and s.pool.waterTemperature < :minTemperature
              and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
            order by s.startsAt""")
    List<ClassSession> findUpcomingOfLevelColderThan(long levelId, BigDecimal minTemperature, Instant now);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.instructor is not null and s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt < :to and s.endsAt > :from
            order by s.startsAt""")
    List<ClassSession> findStaffedDuring(Instant from, Instant to);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.instructor.id = :instructorId and s.startsAt >= :from and s.startsAt < :to
            order by s.startsAt""")
    List<ClassSession> findOfInstructorStartingBetween(long instructorId, Instant from, Instant to);

    @Query("""
            select s from ClassSession s join fetch s.level join fetch s.pool left join fetch s.instructor i left join fetch i.user
            where s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt > :from and s.startsAt < :to
            order by s.startsAt""")
    List<ClassSession> findScheduledStartingBetween(Instant from, Instant to);

    /**
     * {@link #findScheduledStartingBetween}, each session beside its instructor's id and name (as
     * {@link #findStartingBetweenWithInstructorNames}: no accounts loaded, so no roles either).
     */
    @Query("""
            select s, i.id, u.displayName from ClassSession s join fetch s.level join fetch s.pool
              left join s.instructor i left join i.user u
            where s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt > :from and s.startsAt < :to
            order by s.startsAt""")
    List<Object[]> findScheduledStartingBetweenWithInstructorNames(Instant from, Instant to);

    /**
     * The sessions not cancelled starting between two instants, counted by date, start time and
     * level: every class a participant could choose from, in a few hundred rows whatever the chain.
     */
    @Query("""
            select new org.warmpool.schedule.SessionSlot(s.date, s.startTime, l.levelNumber, l.name, l.painMin,
              l.painMax, l.minWaterTemperature, count(s))
            from ClassSession s join s.level l
            where s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt > :from and s.startsAt < :to
            group by s.date, s.startTime, l.levelNumber, l.name, l.painMin, l.painMax, l.minWaterTemperature
            order by s.date, s.startTime, l.levelNumber""")
    List<SessionSlot> countScheduledStartingBetween(Instant from, Instant to);

    /**
     * The sessions not cancelled starting between two instants, of these levels, in a pool warm
     * enough for their level and, when {@code liftOnly}, with a lift: only the columns matching
     * reads (and the places taken and the people waiting, the class's own counts), no entities.
     */
    @Query("""
            select s.id, s.date, s.startTime, s.durationMinutes, l.levelNumber, l.name, l.painMin, l.painMax,
              l.minWaterTemperature, s.bias, p.name, p.waterTemperature, p.hasLift, i.id, u.displayName, s.capacity,
              s.seatsTaken, s.waitingCount
            from ClassSession s join s.level l join s.pool p left join s.instructor i left join i.user u
            where s.status = org.warmpool.schedule.SessionStatus.SCHEDULED
              and s.startsAt > :from and s.startsAt < :to
              and l.levelNumber in :levels and p.waterTemperature >= l.minWaterTemperature
              and (p.hasLift = true or :liftOnly = false)""")
    List<Object[]> findOffersStartingBetween(Instant from, Instant to, java.util.Collection<Integer> levels,
            boolean liftOnly);

    /** Locks the session row until the transaction ends and reads the places taken. */
    @Query(value = "select seats_taken from class_session where id = :id for update", nativeQuery = true)
    Optional<Integer> lockSeatsTaken(long id);

    @Query(value = "select seats_taken from class_session where id = :id", nativeQuery = true)
    Optional<Integer> seatsTaken(long id);
}
