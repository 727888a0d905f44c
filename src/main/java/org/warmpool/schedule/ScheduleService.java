package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.security.Roles;

/** The timetable: creating series, editing and cancelling sessions, reading a week. */
@Service
@Transactional
public class ScheduleService {


    private final ClassSessionRepository sessions;
    private final SessionSeriesRepository series;
    private final PoolService pools;
    private final ClassLevelService levels;
    private final InstructorService instructors;
    private final InstructorChecks instructorChecks;
    private final ApplicationEventPublisher events;
    private final SessionSummaries views;
    private final Clock clock;
    private final ZoneId zone;

    ScheduleService(ClassSessionRepository sessions, SessionSeriesRepository series, PoolService pools,
            ClassLevelService levels, InstructorService instructors, InstructorChecks instructorChecks,
            ApplicationEventPublisher events, SessionSummaries views, Clock clock, ClinicSettings clinic) {
        this.views = views;
        this.sessions = sessions;
        this.series = series;
        this.pools = pools;
        this.levels = levels;
        this.instructors = instructors;
        this.instructorChecks = instructorChecks;
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
        return views.of(sessions.findStartingBetween(from, to, poolId));
    }

    /**
     * Sessions that start in the next {@code days} days and are not cancelled, with their level,
     * pool and instructor, in one query: what matching judges for a participant.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<SessionOffer> upcomingOffers(int days) {
        Instant now = clock.instant();
        return sessions.findScheduledStartingBetween(now, now.plusSeconds(days * 86_400L)).stream()
                .map(SessionOffer::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public ScheduledSession get(long sessionId) {
        return views.of(List.of(load(sessionId))).get(0);
    }

    /** A form's starting values for editing this session. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public SessionChange changeFor(long sessionId) {
        return SessionChange.of(load(sessionId));
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
        int capacity = checkCapacity(draft.getCapacity(), level, pool);

        SessionSeries created = series.save(new SessionSeries(level, pool, draft.getBias(), draft.getWeekdays(),
                draft.getStartTime(), duration, draft.getFirstDate(), draft.getLastDate(), capacity));
        List<ClassSession> generated = dates.stream().map(date -> new ClassSession(created, level, pool,
                draft.getBias(), date, draft.getStartTime(), duration, capacity, zone)).toList();
        refuseClashes(pool, generated, List.of());
        sessions.saveAll(generated);
        return generated.size();
    }

    /** Changes one session: its date, time, length, pool, bias or places. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void editSession(long sessionId, SessionChange change) {
        ClassSession session = loadEditable(sessionId);
        Pool pool = pools.lockForScheduling(change.getPool().getId());
        if (change.getDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("The new date is in the past. Choose today or a later date.");
        }
        int capacity = checkCapacity(change.getCapacity(), session.getLevel(), pool);
        boolean raised = keepsBookedPlaces(session, capacity);
        SessionMoved before = whereAndWhen(session);
        session.moveTo(pool, change.getBias(), capacity);
        session.reschedule(change.getDate(), change.getStartTime(), change.getDurationMinutes(), zone);
        refuseClashes(pool, List.of(session), List.of(session));
        refuseInstructorProblems(List.of(session));
        if (raised) {
            events.publishEvent(new CapacityRaised(session.getId()));
        }
        tellIfMoved(before, session);
    }

    private static SessionMoved whereAndWhen(ClassSession session) {
        return new SessionMoved(session.getId(), session.getDate(), session.getStartTime(), session.getPool().getName());
    }

    /** Participants booked on a session that changed day, time or pool are told (by the booking feature). */
    private void tellIfMoved(SessionMoved before, ClassSession after) {
        if (!before.oldDate().equals(after.getDate()) || !before.oldStart().equals(after.getStartTime())
                || !before.oldPoolName().equals(after.getPool().getName())) {
            events.publishEvent(before);
        }
    }

    /**
     * Locks the session row (bookings wait) and refuses fewer places than are booked.
     *
     * @return whether the change adds places, so that the waitlist moves up
     */
    private boolean keepsBookedPlaces(ClassSession session, int capacity) {
        int taken = sessions.lockSeatsTaken(session.getId()).orElse(0);
        if (capacity < taken) {
            throw new RuleViolationException(taken + " places are booked on "
                    + session.getDate().format(ClinicFormats.DAY_SHORT_YEAR)
                    + ". Keep at least " + taken + " places, or cancel bookings first.");
        }
        return capacity > session.getCapacity();
    }

    /**
     * Changes this session and all following sessions of its series (each keeps its date): time,
     * length, pool, bias and places. All or none.
     *
     * @return how many sessions changed
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public int editFollowing(long sessionId, SessionChange change) {
        ClassSession first = loadEditable(sessionId);
        if (first.getSeries() == null) {
            throw new RuleViolationException("This session is not part of a series. Edit it on its own.");
        }
        Pool pool = pools.lockForScheduling(change.getPool().getId());
        int capacity = checkCapacity(change.getCapacity(), first.getLevel(), pool);
        List<ClassSession> following = sessions.findScheduledInSeriesFrom(first.getSeries().getId(), first.getDate());
        List<Long> raised = new ArrayList<>();
        List<SessionMoved> before = new ArrayList<>();
        for (ClassSession session : following) {
            if (keepsBookedPlaces(session, capacity)) {
                raised.add(session.getId());
            }
            before.add(whereAndWhen(session));
            session.moveTo(pool, change.getBias(), capacity);
            session.reschedule(session.getDate(), change.getStartTime(), change.getDurationMinutes(), zone);
        }
        refuseClashes(pool, following, following);
        refuseInstructorProblems(following);
        first.getSeries().changeOnwards(pool, change.getBias(), change.getStartTime(), change.getDurationMinutes(),
                capacity);
        raised.forEach(id -> events.publishEvent(new CapacityRaised(id)));
        for (int i = 0; i < following.size(); i++) {
            tellIfMoved(before.get(i), following.get(i));
        }
        return following.size();
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
        ClassSession session = loadEditable(sessionId);
        Instant now = clock.instant();
        session.cancel(reason.strip(), now);
        events.publishEvent(new SessionCancelled(session.getId(), reason.strip(), now));
    }

    /** A moved session keeps its instructor only if they can still teach it then. */
    private void refuseInstructorProblems(List<ClassSession> moved) {
        for (ClassSession session : moved) {
            if (session.getInstructor() != null) {
                Instructor instructor = instructors.lockForAssignment(session.getInstructor().getId());
                List<String> problems = instructorChecks.problems(instructor, session, moved);
                if (!problems.isEmpty()) {
                    throw new RuleViolationException("The change does not suit the instructor: "
                            + String.join("; ", problems) + ". Choose another time, or change the instructor first.");
                }
            }
        }
    }

    private ClassSession load(long sessionId) {
        return sessions.findWithDetails(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
    }

    private ClassSession loadEditable(long sessionId) {
        ClassSession session = load(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This session was cancelled and cannot be changed.");
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has already started or taken place.");
        }
        return session;
    }

    private static int durationOrDefault(Integer duration, ClassLevel level) {
        return duration == null ? level.getMinutes() : duration;
    }

    private static int checkCapacity(Integer requested, ClassLevel level, Pool pool) {
        int max = maxCapacity(level, pool);
        if (requested == null) {
            return max;
        }
        if (requested < 1) {
            throw new RuleViolationException("A session needs at least 1 place.");
        }
        if (requested > max) {
            String limit = level.getMaxClassSize() <= pool.getCapacity()
                    ? level.title() + " allows " + level.getMaxClassSize() + " people per class"
                    : pool.getName() + " holds " + pool.getCapacity() + " people";
            throw new RuleViolationException("At most " + max + " places: " + limit + ".");
        }
        return requested;
    }

    /**
     * The pool row is locked by the caller, so no other transaction adds a session to this pool
     * between this check and the commit.
     */
    private void refuseClashes(Pool pool, List<ClassSession> planned, Collection<ClassSession> beingMoved) {
        Instant from = planned.stream().map(ClassSession::getStartsAt).min(Instant::compareTo).orElseThrow();
        Instant to = planned.stream().map(ClassSession::getEndsAt).max(Instant::compareTo).orElseThrow();
        Set<Long> movedIds = beingMoved.stream().map(ClassSession::getId).collect(Collectors.toSet());
        List<ClassSession> others = sessions.findScheduledInPoolDuring(pool.getId(), from, to).stream()
                .filter(other -> !movedIds.contains(other.getId())).toList();
        List<String> clashes = new ArrayList<>();
        for (ClassSession session : planned) {
            for (ClassSession other : others) {
                if (other.overlaps(session.getStartsAt(), session.getEndsAt())) {
                    clashes.add(other.getDate().format(ClinicFormats.DAY_SHORT_YEAR) + " " + other.getStartTime() + "-"
                            + other.getStartTime().plusMinutes(other.getDurationMinutes()) + " ("
                            + other.getLevel().title() + ")");
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new RuleViolationException(pool.getName() + " is already booked for another class at that time: "
                    + String.join("; ", clashes.stream().limit(5).toList())
                    + (clashes.size() > 5 ? "; and " + (clashes.size() - 5) + " more" : "")
                    + ". Choose another time or pool.");
        }
    }
}
