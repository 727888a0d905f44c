package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorLocks;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolLocks;
import org.warmpool.security.Roles;

/**
 * Changing planned sessions: one, or one and the rest of its series. Places never go below what is
 * booked, the pool stays free of clashes, the instructor must still be able to teach, and whoever
 * is booked is told when a class moves.
 */
@Service
@Transactional
public class SessionChangeService {

    private final ClassSessionRepository sessions;
    private final Timetable timetable;
    private final PoolLocks pools;
    private final InstructorLocks instructors;
    private final InstructorChecks instructorChecks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    SessionChangeService(ClassSessionRepository sessions, Timetable timetable, PoolLocks pools,
            InstructorLocks instructors, InstructorChecks instructorChecks, ApplicationEventPublisher events,
            Clock clock, ClinicSettings clinic) {
        this.sessions = sessions;
        this.timetable = timetable;
        this.pools = pools;
        this.instructors = instructors;
        this.instructorChecks = instructorChecks;
        this.events = events;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /** Changes one session: its date, time, length, pool, bias or places. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void editSession(long sessionId, SessionChange change) {
        ClassSession session = timetable.loadEditable(sessionId);
        Pool pool = pools.lockForScheduling(change.getPool().getId());
        if (change.getDate().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException("The new date is in the past. Choose today or a later date.");
        }
        int capacity = Timetable.checkCapacity(change.getCapacity(), session.getLevel(), pool);
        boolean raised = keepsBookedPlaces(session, capacity);
        SessionMoved before = whereAndWhen(session);
        session.moveTo(pool, change.getBias(), capacity);
        session.reschedule(change.getDate(), change.getStartTime(), change.getDurationMinutes(), zone);
        timetable.refuseClashes(pool, List.of(session), List.of(session));
        refuseInstructorProblems(List.of(session));
        if (raised) {
            events.publishEvent(new CapacityRaised(session.getId()));
        }
        events.publishEvent(new SessionChanged(session.getId()));
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
            throw new RuleViolationException(taken + " places are booked on " + session.getDate().format(ClinicFormats.DAY_SHORT_YEAR)
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
        ClassSession first = timetable.loadEditable(sessionId);
        if (first.getSeries() == null) {
            throw new RuleViolationException("This session is not part of a series. Edit it on its own.");
        }
        Pool pool = pools.lockForScheduling(change.getPool().getId());
        int capacity = Timetable.checkCapacity(change.getCapacity(), first.getLevel(), pool);
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
        timetable.refuseClashes(pool, following, following);
        refuseInstructorProblems(following);
        first.getSeries().changeOnwards(pool, change.getBias(), change.getStartTime(), change.getDurationMinutes(),
                capacity);
        raised.forEach(id -> events.publishEvent(new CapacityRaised(id)));
        for (int i = 0; i < following.size(); i++) {
            events.publishEvent(new SessionChanged(following.get(i).getId()));
            tellIfMoved(before.get(i), following.get(i));
        }
        return following.size();
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
}
