package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.schedule.ui.RosterView;
import org.warmpool.security.Role;

class RosterAttendanceTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private BookingService bookings;
    @Autowired
    private AttendanceService attendance;
    @Autowired
    private TestClock clock;

    private ClassDay day;
    private ScheduledSession session;
    private Instructor ivy;
    private ParticipantTestData.Registered ann;
    private ParticipantTestData.Registered ben;
    private long annBooking;

    @BeforeEach
    void ivyTeachesAClassWithTwoBooked() {
        day = ClassDay.ahead(clock.getZone());
        session = data.session(2, 8, day.date(), "11:00");
        login("admin@warmpool.example", Role.ADMIN);
        ivy = instructors.qualified("Ivy Teacher");
        staffing.assign(session.id(), ivy.getId());
        ann = data.cleared("Ann Came");
        ben = data.cleared("Ben Stayed Home");
        clock.moveTo(day.dayBeforeAt("12:00"));
        annBooking = asStaff(() -> bookings.bookFor(ann.participantId(), session.id(), false, null)).bookingId();
        asStaff(() -> bookings.bookFor(ben.participantId(), session.id(), false, null));
    }

    @Test
    void theInstructorMarksWhoCameOnTheirOwnRosterAfterTheClass() {
        clock.moveTo(day.at("12:00"));
        logInAs(ivy);

        navigate("roster/" + session.id());

        _get(RosterView.class);
        _get(H2.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + day.date().format(ClinicFormats.DAY_LONG) + " 11:00-11:45"));
        assertThat(_get(OrderedList.class, spec -> spec.withId("roster")).getElement().getTextRecursively())
                .contains(ann.name(), ben.name());
        assertThat(cameCount()).isEqualTo("0 of 2 came");

        _click(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Came")));
        _click(_get(rowOf(ben.name()), Button.class, spec -> spec.withText("Did not come")));

        assertThat(cameCount()).isEqualTo("1 of 2 came");
        assertThat(pressed(ann.name(), "Came")).isTrue();
        assertThat(pressed(ann.name(), "Did not come")).isFalse();
        assertThat(pressed(ben.name(), "Did not come")).isTrue();
        assertThat(attendanceOf(ann)).isEqualTo(Attendance.ATTENDED);
        assertThat(attendanceOf(ben)).isEqualTo(Attendance.NO_SHOW);

        // A wrong press is put right by pressing the other button.
        _click(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Did not come")));

        assertThat(cameCount()).isEqualTo("0 of 2 came");
        assertThat(pressed(ann.name(), "Came")).isFalse();
        assertThat(attendanceOf(ann)).isEqualTo(Attendance.NO_SHOW);
    }

    @Test
    void beforeAttendanceOpensTheRosterSaysWhenAndItsButtonsAreGreyedOut() {
        clock.moveTo(day.at("10:29"));
        logInAs(ivy);

        navigate("roster/" + session.id());

        _get(Paragraph.class, spec -> spec.withText("You can mark who came from "
                + day.date().format(ClinicFormats.DAY_SHORT) + ", 10:30, 30 minutes before the class starts."));
        assertThat(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Came")).isEnabled()).isFalse();
        assertThat(_get(rowOf(ann.name()), Button.class, spec -> spec.withText("Did not come")).isEnabled()).isFalse();
        assertThat(attendanceOf(ann)).isNull();
    }

    @Test
    void anotherInstructorCannotMarkAttendanceOnARosterThatIsNotTheirs() {
        clock.moveTo(day.at("12:00"));
        login("admin@warmpool.example", Role.ADMIN);
        Instructor olly = instructors.qualified("Olly Other");
        logInAs(olly);

        navigate("roster/" + session.id());

        _get(H1.class, spec -> spec.withText("Page not available"));
        _assertNone(Button.class, spec -> spec.withText("Came"));
        assertThrows(AccessDeniedException.class, () -> attendance.mark(annBooking, Attendance.ATTENDED));
        assertThrows(AccessDeniedException.class, () -> attendance.sheet(session.id()));
        login("desk@warmpool.example", Role.FRONT_DESK);
        assertThat(attendanceOf(ann)).isNull();
    }

    private String cameCount() {
        return _get(Paragraph.class, spec -> spec.withId("came-count")).getText();
    }

    private ListItem rowOf(String name) {
        return _find(ListItem.class, spec -> spec.withClasses("attendance-row")).stream()
                .filter(row -> row.getElement().getTextRecursively().contains(name))
                .findFirst().orElseThrow();
    }

    private boolean pressed(String name, String button) {
        return Boolean.parseBoolean(_get(rowOf(name), Button.class, spec -> spec.withText(button)).getElement()
                .getAttribute("aria-pressed"));
    }

    private Attendance attendanceOf(ParticipantTestData.Registered participant) {
        return asStaff(() -> attendance.sheet(session.id())).stream()
                .filter(row -> row.participantId() == participant.participantId())
                .findFirst().orElseThrow().attendance();
    }

    private void logInAs(Instructor instructor) {
        login(instructor.getUser().getId(), instructor.getEmail(), instructor.getName(), Role.INSTRUCTOR);
    }
}
