package org.warmpool.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/** What an instructor teaches and who is booked on a session: an instructor's own, or any for staff. */
@Service
@Transactional
public class RosterService {

    private final ClassSessionRepository sessions;
    private final Timetable timetable;
    private final InstructorService instructors;
    private final CurrentUser currentUser;
    private final ObjectProvider<RosterSource> rosters;
    private final ZoneId zone;
    private final Clock clock;

    RosterService(ClassSessionRepository sessions, Timetable timetable, InstructorService instructors,
            CurrentUser currentUser, ObjectProvider<RosterSource> rosters, ClinicSettings clinic, Clock clock) {
        this.sessions = sessions;
        this.timetable = timetable;
        this.instructors = instructors;
        this.currentUser = currentUser;
        this.rosters = rosters;
        this.zone = clinic.timeZone();
        this.clock = clock;
    }

    /** The logged-in instructor's sessions in the week (Monday to Sunday) that contains {@code day}. */
    @RolesAllowed(Roles.INSTRUCTOR)
    @Transactional(readOnly = true)
    public List<ScheduledSession> myWeek(LocalDate day) {
        Instructor me = myProfile();
        Instant from = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        return sessions.findOfInstructorStartingBetween(me.getId(), from, from.plusSeconds(7 * 86_400L)).stream()
                .map(ScheduledSession::of).toList();
    }

    /**
     * The logged-in instructor's class running now, or else their next one later today (in the
     * clinic's time zone); empty when no class of theirs is left today. Cancelled classes are skipped.
     */
    @RolesAllowed(Roles.INSTRUCTOR)
    @Transactional(readOnly = true)
    public Optional<ScheduledSession> myNowOrNext() {
        Instructor me = myProfile();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        return sessions.findOfInstructorStartingBetween(me.getId(), from, to).stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED && s.getEndsAt().isAfter(now))
                .findFirst().map(ScheduledSession::of);
    }

    /**
     * Who is booked on a session. Staff see every roster; an instructor only the rosters of the
     * sessions they teach.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN, Roles.FRONT_DESK})
    @Transactional(readOnly = true)
    public Roster roster(long sessionId) {
        ClassSession session = timetable.load(sessionId);
        if (!currentUser.isStaff()) {
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
        String email = currentUser.email().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return instructors.forUser(email).orElseThrow(() -> new RuleViolationException(
                "Your account has no instructor profile yet. Ask the clinic's administrator to set it up."));
    }
}
