package org.warmpool.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.RosterMembership;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.InstructorOption;
import org.warmpool.schedule.RosterSource;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeatAvailability;
import org.warmpool.schedule.StaffingService;
import org.warmpool.schedule.TaughtBefore;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/**
 * The questions that earlier features ask the booking feature, answered here by an in-memory
 * stand-in for bookings: the answers must reach the screens' data and the access rules.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(BookingHooksTest.Bookings.class)
class BookingHooksTest {

    /** Bookings kept in memory: session id to the participants booked on it, in order. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Bookings {

        static final Map<Long, List<Long>> BOOKED = new HashMap<>();
        static final Map<Long, String> NAMES = new HashMap<>();
        static final Map<Long, Set<Long>> TAUGHT = new HashMap<>();
        static final Map<String, Long> INSTRUCTOR_EMAIL_TO_ID = new HashMap<>();
        static final Map<Long, Long> SESSION_INSTRUCTOR = new HashMap<>();

        @Bean
        SeatAvailability seats() {
            return (Collection<Long> ids) -> ids.stream().filter(BOOKED::containsKey).collect(Collectors.toMap(
                    id -> id, id -> new SeatAvailability.Seats(BOOKED.get(id).size(), 0)));
        }

        @Bean
        RosterSource roster() {
            return sessionId -> BOOKED.getOrDefault(sessionId, List.of()).stream().map(NAMES::get).toList();
        }

        @Bean
        TaughtBefore taughtBefore() {
            return (instructorId, sessionId) -> (int) BOOKED.getOrDefault(sessionId, List.of()).stream()
                    .filter(p -> TAUGHT.getOrDefault(instructorId, Set.of()).contains(p)).count();
        }

        @Bean
        RosterMembership membership() {
            return (email, participantId) -> BOOKED.entrySet().stream()
                    .anyMatch(e -> e.getValue().contains(participantId)
                            && INSTRUCTOR_EMAIL_TO_ID.get(email) != null
                            && INSTRUCTOR_EMAIL_TO_ID.get(email).equals(SESSION_INSTRUCTOR.get(e.getKey())));
        }
    }

    @Autowired
    ScheduleService schedule;
    @Autowired
    StaffingService staffing;
    @Autowired
    IntakeService intakes;
    @Autowired
    ScheduleTestData sessions;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    ParticipantTestData participants;

    private final LocalDate date = ScheduleTestData.mondayInWeeks(6);

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private ScheduledSession sessionWith(Instructor instructor, ParticipantTestData.Registered... booked) {
        ScheduledSession[] created = new ScheduledSession[1];
        SystemTasks.runAsStaff(() -> {
            Pool pool = sessions.warmPool();
            schedule.createSeries(sessions.once(sessions.level(2), pool, date, "07:00"));
            created[0] = schedule.week(date, pool.getId()).get(0);
            if (instructor != null) {
                staffing.assign(created[0].id(), instructor.getId());
                Bookings.SESSION_INSTRUCTOR.put(created[0].id(), instructor.getId());
            }
        });
        for (ParticipantTestData.Registered participant : booked) {
            Bookings.BOOKED.computeIfAbsent(created[0].id(), k -> new java.util.ArrayList<>())
                    .add(participant.participantId());
            Bookings.NAMES.put(participant.participantId(), participant.name());
        }
        return created[0];
    }

    @Test
    void theWeekShowsSeatsTakenAndTheRosterShowsWhoBooked() {
        var ann = participants.register("Ann Booked");
        var bob = participants.register("Bob Booked");
        Instructor[] teacher = new Instructor[1];
        SystemTasks.runAsStaff(() -> teacher[0] = instructors.qualified("Roster Teacher"));
        ScheduledSession session = sessionWith(teacher[0], ann, bob);

        SystemTasks.runAsStaff(() -> {
            assertThat(schedule.week(date, session.poolId()).get(0).seatsTaken()).isEqualTo(2);
            assertThat(staffing.roster(session.id()).participants()).containsExactly(ann.name(), bob.name());
        });
    }

    @Test
    void aSubstituteWhoTaughtTheseParticipantsRanksAboveOneWhoDidNot() {
        var cara = participants.register("Cara Known");
        Instructor[] pair = new Instructor[2];
        SystemTasks.runAsStaff(() -> {
            pair[0] = instructors.qualified("Zed Knows Them");
            pair[1] = instructors.qualified("Abe Stranger");
        });
        Bookings.TAUGHT.put(pair[0].getId(), Set.of(cara.participantId()));
        ScheduledSession session = sessionWith(null, cara);

        List<InstructorOption> substitutes = new java.util.ArrayList<>();
        SystemTasks.runAsStaff(() -> substitutes.addAll(staffing.substitutes(session.id())));

        List<Long> order = substitutes.stream().map(InstructorOption::instructorId)
                .filter(id -> id.equals(pair[0].getId()) || id.equals(pair[1].getId())).toList();
        assertThat(order).containsExactly(pair[0].getId(), pair[1].getId());
        assertThat(substitutes.stream().filter(o -> o.instructorId() == pair[0].getId()).findFirst().orElseThrow()
                .summary()).contains("Has taught 1 of the participants");
    }

    @Test
    void anInstructorReadsTheHealthRecordOfAParticipantOnTheirOwnRosterOnly() {
        var dee = participants.register("Dee Rostered");
        var eve = participants.register("Eve Elsewhere");
        Instructor[] teacher = new Instructor[1];
        SystemTasks.runAsStaff(() -> {
            teacher[0] = instructors.qualified("Health Teacher");
            participants.sendIntake(dee.participantId(), Set.of(), Set.of());
        });
        sessionWith(teacher[0], dee);
        Bookings.INSTRUCTOR_EMAIL_TO_ID.put(teacher[0].getEmail(), teacher[0].getId());
        var authorities = List.of(new SimpleGrantedAuthority(Role.INSTRUCTOR.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(teacher[0].getUser().getId(), teacher[0].getEmail(), teacher[0].getName(), "n/a",
                        true, authorities), null, authorities));

        assertThat(intakes.record(dee.participantId()).latest()).isPresent();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> intakes.record(eve.participantId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
