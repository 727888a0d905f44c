package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolLocks;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.security.Roles;

/**
 * The timetable: reading a week, creating series and cancelling sessions. Changing a session is
 * {@link SessionChangeService}'s.
 */
@Service
@Transactional
public class ScheduleService {

    private final ClassSessionRepository sessions;
    private final SessionSeriesRepository series;
    private final Timetable timetable;
    private final PoolLocks pools;
    private final ClassLevelService levels;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    ScheduleService(ClassSessionRepository sessions, SessionSeriesRepository series, Timetable timetable,
            PoolLocks pools, ClassLevelService levels, ApplicationEventPublisher events, Clock clock,
            ClinicSettings clinic) {
        this.sessions = sessions;
        this.series = series;
        this.timetable = timetable;
        this.pools = pools;
        this.levels = levels;
        this.events = events;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /** The week (Monday to Sunday) that contains {@code day}, for one pool or all ({@code poolId} null). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<ScheduledSession> week(LocalDate day, Long poolId) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        return sessions.findStartingBetweenWithInstructorNames(from, to, poolId).stream().map(ScheduledSession::ofRow)
                .toList();
    }

    /** The classes of one day (in the clinic's time zone), in one pool or all ({@code poolId} null). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<ScheduledSession> day(LocalDate day, Long poolId) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return sessions.findStartingBetweenWithInstructorNames(from, to, poolId).stream().map(ScheduledSession::ofRow)
                .toList();
    }

    /**
     * The week (Monday to Sunday) that contains {@code day}, narrowed to one pool, level or
     * instructor and to the classes whose level, pool or instructor has every word searched for:
     * one query for the sessions (with their instructors' names and their places taken, each class's
     * own count), whatever the filter and however many classes and instructors.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<ScheduledSession> filteredWeek(LocalDate day, WeekFilter filter) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        return sessions.findStartingBetweenWithInstructorNames(from, to, filter.poolId()).stream()
                .filter(row -> filter.matches((ClassSession) row[0], (Long) row[1], (String) row[2]))
                .map(ScheduledSession::ofRow).toList();
    }

    /**
     * Sessions that start in the next {@code days} days and are not cancelled, with their level,
     * pool and instructor and their places taken and waiting (the class's own counts), in one query:
     * what matching judges for a participant.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<OfferedSession> upcomingOffers(int days) {
        Instant now = clock.instant();
        return sessions.findScheduledStartingBetweenWithInstructorNames(now, now.plusSeconds(days * 86_400L))
                .stream().map(row -> {
                    ClassSession s = (ClassSession) row[0];
                    return new OfferedSession(SessionOffer.of(s, (Long) row[1], (String) row[2]), s.getSeatsTaken(),
                            s.getWaitingCount());
                }).toList();
    }

    /**
     * The sessions not cancelled that start after {@code from} and before {@code to}, counted by
     * date, start time and level (one query): what a participant could choose from.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<SessionSlot> upcomingSlots(Instant from, Instant to) {
        return sessions.countScheduledStartingBetween(from, to);
    }

    /**
     * {@link #upcomingOffers}, between two instants and narrowed in the query to the sessions of
     * these levels held in a pool warm enough for their level and, when {@code liftOnly}, with a
     * lift: the only ones that may suit a participant whose levels and needs these are. Each with
     * its places taken and people waiting from the class's own counts, so no booking is read for them.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<OfferedSession> upcomingOffers(Instant from, Instant to, java.util.Collection<Integer> levelNumbers,
            boolean liftOnly) {
        if (levelNumbers.isEmpty()) {
            return List.of();
        }
        return sessions.findOffersStartingBetween(from, to, levelNumbers, liftOnly).stream()
                .map(row -> new OfferedSession(new SessionOffer((Long) row[0], (LocalDate) row[1],
                        (java.time.LocalTime) row[2], (Integer) row[3], (Integer) row[4], (String) row[5],
                        (Integer) row[6], (Integer) row[7], (java.math.BigDecimal) row[8],
                        (org.warmpool.program.ExerciseBias) row[9], (String) row[10], (java.math.BigDecimal) row[11],
                        (Boolean) row[12], (Long) row[13], (String) row[14], (Integer) row[15]), (Integer) row[16],
                        (Integer) row[17]))
                .toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public ScheduledSession get(long sessionId) {
        return ScheduledSession.of(timetable.load(sessionId));
    }

    /** A form's starting values for editing this session. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public SessionChange changeFor(long sessionId) {
        return SessionChange.of(timetable.load(sessionId));
    }

    /** The most places a session of this level in this pool may have. */
    public static int maxCapacity(ClassLevel level, Pool pool) {
        return Math.min(level.getMaxClassSize(), pool.getCapacity());
    }

    /**
     * Creates a weekly series and its sessions, all or none: a clash with another session in the
     * same pool, a capacity above the level's or the pool's limit, or a date in the past refuses
     * the whole series with the reason.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public int createSeries(SeriesDraft draft) {
        ClassLevel level = levels.get(draft.getLevel().getId());
        Pool pool = pools.lockForScheduling(draft.getPool().getId());
        if (draft.getFirstDate() != null && draft.getFirstDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("The first date is in the past. Choose today or a later date.");
        }
        List<LocalDate> dates = Recurrence.dates(draft.getWeekdays(), draft.getFirstDate(), draft.getLastDate(),
                draft.getSkippedDates());
        if (dates.isEmpty()) {
            throw new RuleViolationException("No date between the first and the last date falls on the chosen "
                    + "weekdays (after the skipped dates). Widen the dates or choose other weekdays.");
        }
        int duration = durationOrDefault(draft.getDurationMinutes(), level);
        int capacity = Timetable.checkCapacity(draft.getCapacity(), level, pool);

        SessionSeries created = series.save(new SessionSeries(level, pool, draft.getBias(), draft.getWeekdays(),
                draft.getStartTime(), duration, draft.getFirstDate(), draft.getLastDate(), capacity));
        List<ClassSession> generated = dates.stream().map(date -> new ClassSession(created, level, pool,
                draft.getBias(), date, draft.getStartTime(), duration, capacity, zone)).toList();
        timetable.refuseClashes(pool, generated, List.of());
        sessions.saveAll(generated);
        return generated.size();
    }

    /** Cancels a session with a reason; it stays in the history and everyone booked is told. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void cancelSession(long sessionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("Give a reason for the cancellation; participants will see it.");
        }
        if (reason.strip().length() > ClassSession.CANCEL_REASON_MAX_LENGTH) {
            throw new RuleViolationException("The reason can be " + ClassSession.CANCEL_REASON_MAX_LENGTH
                    + " characters at most.");
        }
        ClassSession session = timetable.loadEditable(sessionId);
        Instant now = clock.instant();
        session.cancel(reason.strip(), now);
        events.publishEvent(new SessionCancelled(session.getId(), reason.strip(), now));
    }

    private static int durationOrDefault(Integer duration, ClassLevel level) {
        return duration == null ? level.getMinutes() : duration;
    }
}
