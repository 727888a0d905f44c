package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/**
 * An instructor reads a participant's health data from 14 days before a class they teach, with the
 * participant confirmed on it, until 30 days after it (the default settings), and at no other time.
 */
@SpringBootTest
@ActiveProfiles("test")
class InstructorHealthWindowTest {

    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    StaffingService staffing;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    BookingTestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicSettings clinic;

    private Instructor teacher;
    private ScheduledSession session;
    private Registered dee;

    @BeforeEach
    void aClassInThreeDaysWithDeeConfirmed() {
        teacher = asStaff(() -> instructors.qualified("Window Teacher"));
        session = data.levelTwo(4, 3, "10:00");
        SystemTasks.runAsStaff(() -> staffing.assign(session.id(), teacher.getId()));
        dee = data.cleared("Dee Window");
        as(dee, () -> bookings.bookForMe(session.id(), true));
    }

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fourteenDaysBeforeTheClassIsAllowedFifteenIsNot() {
        todayIs(session.date().minusDays(14));
        assertThat(teacherMayRead(dee)).isTrue();

        todayIs(session.date().minusDays(15));
        assertThat(teacherMayRead(dee)).isFalse();
    }

    @Test
    void thirtyDaysAfterTheClassIsAllowedThirtyOneIsNot() {
        todayIs(session.date().plusDays(30));
        assertThat(teacherMayRead(dee)).isTrue();

        todayIs(session.date().plusDays(31));
        assertThat(teacherMayRead(dee)).isFalse();
    }

    @Test
    void aCancelledPlaceOpensNothing() {
        Registered eve = data.cleared("Eve Cancelled");
        long booking = as(eve, () -> bookings.bookForMe(session.id(), true)).bookingId();
        assertThat(teacherMayRead(eve)).isTrue();

        as(eve, () -> cancellations.cancel(booking));

        assertThat(teacherMayRead(eve)).isFalse();
        assertThat(teacherMayRead(dee)).isTrue();
    }

    @Test
    void anotherInstructorsClassOpensNothing() {
        Instructor other = asStaff(() -> instructors.qualified("Other Teacher"));
        ScheduledSession othersClass = data.levelTwo(4, 4, "11:00");
        SystemTasks.runAsStaff(() -> staffing.assign(othersClass.id(), other.getId()));
        Registered fay = data.cleared("Fay Other");
        as(fay, () -> bookings.bookForMe(othersClass.id(), true));

        assertThat(teacherMayRead(fay)).isFalse();
        assertThat(teacherMayRead(dee)).isTrue();
    }

    /** Midday of that day in the clinic's time zone. */
    private void todayIs(LocalDate day) {
        clock.moveTo(day.atTime(LocalTime.NOON).atZone(clinic.timeZone()).toInstant());
    }

    private boolean teacherMayRead(Registered participant) {
        var previous = SecurityContextHolder.getContext();
        var authorities = List.of(new SimpleGrantedAuthority(Role.INSTRUCTOR.authority()));
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), "n/a", true,
                        authorities), null, authorities));
        try {
            records.record(participant.participantId());
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
