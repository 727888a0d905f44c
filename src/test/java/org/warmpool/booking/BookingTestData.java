package org.warmpool.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicSettings;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.RedFlag;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChange;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/** Sessions and screened participants for booking tests. */
@Component
public class BookingTestData {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    private final ScheduleService schedule;
    private final SessionChangeService sessionChanges;
    private final ScheduleTestData sessions;
    private final ParticipantTestData participants;
    private final ClinicSettings clinic;

    BookingTestData(ScheduleService schedule, SessionChangeService sessionChanges, ScheduleTestData sessions,
            ParticipantTestData participants, ClinicSettings clinic) {
        this.sessionChanges = sessionChanges;
        this.clinic = clinic;
        this.schedule = schedule;
        this.sessions = sessions;
        this.participants = participants;
    }

    /** A session of this level with this many places, in its own warm pool with a lift. */
    public ScheduledSession session(int level, int capacity, LocalDate date, String start) {
        ScheduledSession[] created = new ScheduledSession[1];
        SystemTasks.runAsStaff(() -> {
            Pool pool = sessions.warmPool();
            var draft = sessions.once(sessions.level(level), pool, date, start);
            draft.setCapacity(capacity);
            schedule.createSeries(draft);
            created[0] = schedule.week(date, pool.getId()).get(0);
        });
        return created[0];
    }

    /** When the session starts, in the clinic's time zone. */
    public Instant startOf(ScheduledSession session) {
        return session.date().atTime(session.start()).atZone(clinic.timeZone()).toInstant();
    }

    /** A Level 2 session (suits the participants below) some days ahead. */
    public ScheduledSession levelTwo(int capacity, int daysAhead, String start) {
        return session(2, capacity, LocalDate.now(clock).plusDays(daysAhead), start);
    }

    /** A registered participant screened clear: pain 5 for 2 to 11 weeks, no lift, not in deep water. */
    public ParticipantTestData.Registered cleared(String name) {
        return screened(name, Set.of(), Set.of());
    }

    public ParticipantTestData.Registered screened(String name, Set<RedFlag> flags, Set<Contraindication> contra) {
        ParticipantTestData.Registered registered = participants.register(name);
        SystemTasks.runAsStaff(() -> participants.sendIntake(registered.participantId(), flags, contra));
        return registered;
    }

    public void capacity(long sessionId, int places) {
        SystemTasks.runAsStaff(() -> {
            SessionChange change = schedule.changeFor(sessionId);
            change.setCapacity(places);
            sessionChanges.editSession(sessionId, change);
        });
    }

    public static void logInAs(ParticipantTestData.Registered participant) {
        var authorities = List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
        var principal = new AppUserPrincipal(participant.userId(), participant.email(), participant.name(), "n/a",
                true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    /** Runs as the given participant, then restores who was logged in. */
    public static <T> T as(ParticipantTestData.Registered participant, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            logInAs(participant);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs as the front desk (a system identity with staff roles). */
    public static <T> T asStaff(java.util.function.Supplier<T> action) {
        Object[] result = new Object[1];
        SystemTasks.runAsStaff(() -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
