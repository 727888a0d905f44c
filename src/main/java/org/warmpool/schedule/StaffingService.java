package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorLocks;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.Roles;

/** Who teaches which session: choices with reasons, assignment without double booking, cover. */
@Service
@Transactional
public class StaffingService {


    private final ClassSessionRepository sessions;
    private final InstructorService instructors;
    private final InstructorLocks locks;
    private final InstructorChecks checks;
    private final InstructorRanking ranking;
    private final Timetable timetable;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffingService(ClassSessionRepository sessions, InstructorService instructors, InstructorLocks locks,
            InstructorChecks checks, InstructorRanking ranking, Timetable timetable, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.sessions = sessions;
        this.instructors = instructors;
        this.locks = locks;
        this.checks = checks;
        this.ranking = ranking;
        this.timetable = timetable;
        this.clock = clock;
    }

    /**
     * Every active instructor for this session: first those who can teach it, ranked (already
     * teaches the level, knows the participants, then fewest hours that week), then the others
     * with their reasons.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<InstructorOption> options(long sessionId) {
        ClassSession session = timetable.load(sessionId);
        Instant weekStart = ranking.weekStart(session);
        return ranking.rank(session, instructors.listActive(),
                sessions.findStaffedDuring(weekStart, weekStart.plusSeconds(7 * 86_400L)));
    }

    /** Qualified, free substitutes for a session, best first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<InstructorOption> substitutes(long sessionId) {
        ClassSession session = timetable.load(sessionId);
        Instant weekStart = ranking.weekStart(session);
        return InstructorRanking.substitutesAmong(ranking.rank(session, instructors.listActive(),
                sessions.findStaffedDuring(weekStart, weekStart.plusSeconds(7 * 86_400L))), session);
    }


    /** Assigns an instructor to one session, refusing with the reasons when they may not teach it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void assign(long sessionId, long instructorId) {
        ClassSession session = loadUpcoming(sessionId);
        Instructor instructor = locks.lockForAssignment(instructorId);
        List<String> problems = checks.problems(instructor, session, List.of());
        if (!problems.isEmpty()) {
            throw new RuleViolationException("Cannot assign " + instructor.getName() + ": "
                    + String.join("; ", problems) + ".");
        }
        session.assign(instructor);
        events.publishEvent(new SessionChanged(sessionId));
    }

    /**
     * Assigns the instructor to this session and every following one of its series where the rules
     * allow; the result says which dates were left and why.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public AssignmentResult assignFollowing(long sessionId, long instructorId) {
        ClassSession first = loadUpcoming(sessionId);
        if (first.getSeries() == null) {
            assign(sessionId, instructorId);
            return new AssignmentResult(1, List.of());
        }
        Instructor instructor = locks.lockForAssignment(instructorId);
        int assigned = 0;
        List<String> notAssigned = new ArrayList<>();
        for (ClassSession session : sessions.findScheduledInSeriesFrom(first.getSeries().getId(), first.getDate())) {
            List<String> problems = checks.problems(instructor, session, List.of());
            if (problems.isEmpty()) {
                session.assign(instructor);
                sessions.flush(); // the next date's clash check must see this assignment
                events.publishEvent(new SessionChanged(session.getId()));
                assigned++;
            } else {
                notAssigned.add(session.getDate().format(ClinicFormats.DAY_SHORT) + ": " + String.join("; ", problems));
            }
        }
        return new AssignmentResult(assigned, notAssigned);
    }

    /** The instructor drops out of this session; the session then needs cover. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void unassign(long sessionId) {
        loadUpcoming(sessionId).assign(null);
        events.publishEvent(new SessionChanged(sessionId));
    }

    /**
     * Upcoming sessions in the next {@code days} days that need an instructor: none assigned, or
     * the assigned one is on leave, outside their hours or no longer qualified on that date.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<CoverNeed> needingCover(int days) {
        Map<Long, Instructor> byId = new HashMap<>();
        instructors.listAll().forEach(i -> byId.put(i.getId(), i));
        List<CoverNeed> needs = new ArrayList<>();
        for (ClassSession session : upcoming(days)) {
            String reason = coverReason(session, byId);
            if (reason != null) {
                needs.add(new CoverNeed(ScheduledSession.of(session), reason));
            }
        }
        return needs;
    }

    /**
     * The cover list with each session's best substitutes, read with a fixed number of queries
     * (instructors and staffed sessions once for the whole period, not once per session).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<CoverPlan> coverPlan(int days) {
        List<Instructor> all = instructors.listAll();
        Map<Long, Instructor> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.getId(), i));
        List<Instructor> active = all.stream().filter(Instructor::isActive).toList();
        List<ClassSession> upcoming = upcoming(days);
        List<ClassSession> staffed = upcoming.isEmpty() ? List.of() : sessions.findStaffedDuring(
                ranking.weekStart(upcoming.get(0)),
                ranking.weekStart(upcoming.get(upcoming.size() - 1)).plusSeconds(7 * 86_400L));
        List<CoverPlan> plan = new ArrayList<>();
        for (ClassSession session : upcoming) {
            String reason = coverReason(session, byId);
            if (reason != null) {
                plan.add(new CoverPlan(new CoverNeed(ScheduledSession.of(session), reason),
                        InstructorRanking.substitutesAmong(ranking.rank(session, active, staffed), session)));
            }
        }
        return plan;
    }

    private List<ClassSession> upcoming(int days) {
        Instant now = clock.instant();
        return sessions.findScheduledStartingBetween(now, now.plusSeconds(days * 86_400L));
    }

    /** Why a session needs cover, or null when its instructor can teach it. */
    private static String coverReason(ClassSession session, Map<Long, Instructor> instructorsById) {
        if (session.getInstructor() == null) {
            return "No instructor assigned";
        }
        List<String> problems = InstructorChecks.ruleProblems(instructorsById.get(session.getInstructor().getId()),
                session);
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    private ClassSession loadUpcoming(long sessionId) {
        ClassSession session = timetable.load(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This session was cancelled.");
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has already started or taken place.");
        }
        return session;
    }

}