package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;

import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/** Who teaches which session: choices with reasons, assignment without double booking, cover. */
@Service
@Transactional
public class StaffingService {


    private final ClassSessionRepository sessions;
    private final InstructorService instructors;
    private final InstructorChecks checks;
    private final CurrentUser currentUser;
    private final ObjectProvider<RosterSource> rosters;
    private final SessionSummaries views;
    private final ObjectProvider<TaughtBefore> taughtBefore;
    private final Clock clock;
    private final ZoneId zone;

    StaffingService(ClassSessionRepository sessions, InstructorService instructors, InstructorChecks checks,
            CurrentUser currentUser, ObjectProvider<RosterSource> rosters, SessionSummaries views,
            ObjectProvider<TaughtBefore> taughtBefore, Clock clock, ClinicSettings clinic) {
        this.views = views;
        this.taughtBefore = taughtBefore;
        this.sessions = sessions;
        this.instructors = instructors;
        this.checks = checks;
        this.currentUser = currentUser;
        this.rosters = rosters;
        this.clock = clock;
        this.zone = clinic.timeZone();
    }

    /**
     * Every active instructor for this session: first those who can teach it, ranked (already
     * teaches the level, knows the participants, then fewest hours that week), then the others
     * with their reasons.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<InstructorOption> options(long sessionId) {
        ClassSession session = load(sessionId);
        Instant weekStart = weekStart(session);
        return rank(session, instructors.listActive(),
                sessions.findStaffedDuring(weekStart, weekStart.plusSeconds(7 * 86_400L)));
    }

    /** Qualified, free substitutes for a session, best first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public List<InstructorOption> substitutes(long sessionId) {
        ClassSession session = load(sessionId);
        Instant weekStart = weekStart(session);
        return substitutesAmong(rank(session, instructors.listActive(),
                sessions.findStaffedDuring(weekStart, weekStart.plusSeconds(7 * 86_400L))), session);
    }

    /**
     * Ranks the instructors for one session. {@code staffed} holds the staffed sessions of at
     * least that session's week; the others are ignored.
     */
    private List<InstructorOption> rank(ClassSession session, List<Instructor> active, List<ClassSession> staffed) {
        Instant weekStart = weekStart(session);
        Instant weekEnd = weekStart.plusSeconds(7 * 86_400L);
        Map<Long, Integer> minutes = new HashMap<>();
        Set<Long> busy = new HashSet<>();
        Set<Long> teachesLevel = new HashSet<>();
        for (ClassSession other : staffed) {
            if (other.getStartsAt().isBefore(weekStart) || !other.getStartsAt().isBefore(weekEnd)) {
                continue;
            }
            long instructorId = other.getInstructor().getId();
            minutes.merge(instructorId, other.getDurationMinutes(), Integer::sum);
            if (!other.getId().equals(session.getId())) {
                if (other.overlaps(session.getStartsAt(), session.getEndsAt())) {
                    busy.add(instructorId);
                }
                if (other.getLevel().getId().equals(session.getLevel().getId())) {
                    teachesLevel.add(instructorId);
                }
            }
        }
        TaughtBefore history = taughtBefore.getIfAvailable();
        List<InstructorOption> options = new ArrayList<>();
        for (Instructor instructor : active) {
            List<String> problems = new ArrayList<>(InstructorChecks.ruleProblems(instructor, session));
            if (busy.contains(instructor.getId())) {
                problems.add(instructor.getName() + " teaches another class at that time");
            }
            options.add(new InstructorOption(instructor.getId(), instructor.getName(), problems,
                    teachesLevel.contains(instructor.getId()),
                    history == null ? 0 : history.knownParticipants(instructor.getId(), session.getId()),
                    minutes.getOrDefault(instructor.getId(), 0)));
        }
        options.sort(Comparator.comparing((InstructorOption o) -> !o.canTeach())
                .thenComparing(o -> !o.teachesLevel())
                .thenComparing(Comparator.comparingInt(InstructorOption::knownParticipants).reversed())
                .thenComparingInt(InstructorOption::minutesThatWeek)
                .thenComparing(InstructorOption::name));
        return options;
    }

    private static List<InstructorOption> substitutesAmong(List<InstructorOption> options, ClassSession session) {
        Long current = session.getInstructor() == null ? null : session.getInstructor().getId();
        return options.stream().filter(InstructorOption::canTeach)
                .filter(option -> current == null || option.instructorId() != current).toList();
    }

    private Instant weekStart(ClassSession session) {
        return session.getDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone)
                .toInstant();
    }

    /** Assigns an instructor to one session, refusing with the reasons when they may not teach it. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public void assign(long sessionId, long instructorId) {
        ClassSession session = loadUpcoming(sessionId);
        Instructor instructor = instructors.lockForAssignment(instructorId);
        List<String> problems = checks.problems(instructor, session, List.of());
        if (!problems.isEmpty()) {
            throw new RuleViolationException("Cannot assign " + instructor.getName() + ": "
                    + String.join("; ", problems) + ".");
        }
        session.assign(instructor);
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
        Instructor instructor = instructors.lockForAssignment(instructorId);
        int assigned = 0;
        List<String> notAssigned = new ArrayList<>();
        for (ClassSession session : sessions.findScheduledInSeriesFrom(first.getSeries().getId(), first.getDate())) {
            List<String> problems = checks.problems(instructor, session, List.of());
            if (problems.isEmpty()) {
                session.assign(instructor);
                sessions.flush(); // the next date's clash check must see this assignment
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
                weekStart(upcoming.get(0)), weekStart(upcoming.get(upcoming.size() - 1)).plusSeconds(7 * 86_400L));
        List<CoverPlan> plan = new ArrayList<>();
        for (ClassSession session : upcoming) {
            String reason = coverReason(session, byId);
            if (reason != null) {
                plan.add(new CoverPlan(new CoverNeed(ScheduledSession.of(session), reason),
                        substitutesAmong(rank(session, active, staffed), session)));
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

    /** The logged-in instructor's sessions in the week (Monday to Sunday) that contains {@code day}. */
    @RolesAllowed(Roles.INSTRUCTOR)
    @Transactional(readOnly = true)
    public List<ScheduledSession> myWeek(java.time.LocalDate day) {
        Instructor me = myProfile();
        Instant from = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        return views.of(sessions.findOfInstructorStartingBetween(me.getId(), from, from.plusSeconds(7 * 86_400L)));
    }

    /**
     * Who is booked on a session. Staff see every roster; an instructor only the rosters of the
     * sessions they teach.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public Roster roster(long sessionId) {
        ClassSession session = load(sessionId);
        boolean staff = currentUser.hasRole(org.warmpool.security.Role.ADMIN)
                || currentUser.hasRole(org.warmpool.security.Role.FRONT_DESK);
        if (!staff) {
            Instructor me = myProfile();
            if (session.getInstructor() == null || !session.getInstructor().getId().equals(me.getId())) {
                throw new AccessDeniedException("Only the session's own instructor may see its roster");
            }
        }
        RosterSource source = rosters.getIfAvailable();
        return new Roster(ScheduledSession.of(session),
                source == null ? List.of() : source.participantNames(sessionId));
    }

    private Instructor myProfile() {
        String email = currentUser.principal().map(p -> p.getUsername())
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return instructors.forUser(email).orElseThrow(() -> new RuleViolationException(
                "Your account has no instructor profile yet. Ask the clinic's administrator to set it up."));
    }

    private ClassSession load(long sessionId) {
        return sessions.findWithDetails(sessionId)
                .orElseThrow(() -> new RuleViolationException("This session no longer exists."));
    }

    private ClassSession loadUpcoming(long sessionId) {
        ClassSession session = load(sessionId);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This session was cancelled.");
        }
        if (!session.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("This session has already started or taken place.");
        }
        return session;
    }

}
