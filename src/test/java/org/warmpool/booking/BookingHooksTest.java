package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.InstructorOption;
import org.warmpool.schedule.RosterService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/** What earlier features ask of bookings: places taken, rosters, who knows whom, instructors' access. */
@SpringBootTest
@ActiveProfiles("test")
class BookingHooksTest {

    @Autowired
    BookingService bookings;
    @Autowired
    ScheduleService schedule;
    @Autowired
    StaffingService staffing;
    @Autowired
    RosterService rosters;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    BookingTestData data;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    private Instructor qualified(String name) {
        return asStaff(() -> instructors.qualified(name));
    }

    private void assign(ScheduledSession session, Instructor instructor) {
        SystemTasks.runAsStaff(() -> staffing.assign(session.id(), instructor.getId()));
    }

    private void book(Registered who, ScheduledSession session) {
        as(who, () -> bookings.bookForMe(session.id(), true));
    }

    @Test
    void theWeekShowsPlacesTakenAndTheRosterShowsWhoHasAPlace() {
        ScheduledSession session = data.levelTwo(2, 5, "19:00");
        Instructor teacher = qualified("Roster Teacher");
        assign(session, teacher);
        Registered ann = data.cleared("Ann Booked");
        Registered bob = data.cleared("Bob Booked");
        Registered cat = data.cleared("Cat Waiting");
        book(ann, session);
        book(bob, session);
        book(cat, session);

        assertThat(asStaff(() -> schedule.week(session.date(), session.poolId())).get(0).seatsTaken()).isEqualTo(2);
        assertThat(asStaff(() -> rosters.roster(session.id())).participants())
                .containsExactly(ann.name(), bob.name());
    }

    @Test
    void aSubstituteWhoTaughtTheseParticipantsRanksAboveOneWhoDidNot() {
        Registered cara = data.cleared("Cara Known");
        Instructor knows = qualified("Zed Knows Them");
        Instructor stranger = qualified("Abe Stranger");
        // A class ten days ago, taught by Zed, that Cara came to.
        clock.moveTo(clock.instant().minus(Duration.ofDays(12)));
        ScheduledSession past = data.session(2, 5, LocalDate.now(clock).plusDays(2), "06:00");
        assign(past, knows);
        book(cara, past);
        clock.reset();
        ScheduledSession upcoming = data.levelTwo(5, 6, "06:00");
        book(cara, upcoming);

        List<InstructorOption> substitutes = asStaff(() -> staffing.substitutes(upcoming.id()));

        List<Long> order = substitutes.stream().map(InstructorOption::instructorId)
                .filter(id -> id.equals(knows.getId()) || id.equals(stranger.getId())).toList();
        assertThat(order).containsExactly(knows.getId(), stranger.getId());
        assertThat(substitutes.stream().filter(o -> o.instructorId() == knows.getId()).findFirst().orElseThrow()
                .summary()).contains("Has taught 1 of the participants");
    }

    @Test
    void anInstructorReadsTheHealthRecordOfParticipantsOnTheirOwnRostersOnly() {
        Instructor teacher = qualified("Health Teacher");
        ScheduledSession session = data.levelTwo(5, 7, "19:30");
        assign(session, teacher);
        Registered dee = data.cleared("Dee Rostered");
        Registered eve = data.cleared("Eve Elsewhere");
        Registered fay = data.cleared("Fay Waiting");
        book(dee, session);
        data.capacity(session.id(), 1);
        book(fay, session);
        var authorities = List.of(new SimpleGrantedAuthority(Role.INSTRUCTOR.authority()));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), "n/a", true,
                        authorities), null, authorities));

        assertThat(records.record(dee.participantId()).latest()).isPresent();
        assertThatThrownBy(() -> records.record(eve.participantId())).isInstanceOf(AccessDeniedException.class);
        // On the waitlist is not on the roster.
        assertThatThrownBy(() -> records.record(fay.participantId())).isInstanceOf(AccessDeniedException.class);
    }
}
