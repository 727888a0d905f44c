package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.progress.ui.PainCheckInView;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.schedule.ui.MyScheduleView;
import org.warmpool.schedule.ui.RosterView;
import org.warmpool.security.Role;

/** The instructor's "Now and next" card on My schedule: one tap from the class to its check-in and pain. */
class MyScheduleNowAndNextTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private BookingService bookings;
    @Autowired
    private TestClock clock;

    private ClassDay day;
    private ScheduledSession morning;
    private ScheduledSession late;
    private Instructor ivy;

    @BeforeEach
    void ivyTeachesTwoClassesOnTheDayOneWithABooking() {
        day = ClassDay.ahead(clock.getZone());
        morning = data.session(2, 8, day.date(), "09:00");
        late = data.session(2, 6, day.date(), "11:00");
        login("admin@warmpool.example", Role.ADMIN);
        ivy = instructors.qualified("Ivy Nownext");
        staffing.assign(morning.id(), ivy.getId());
        staffing.assign(late.id(), ivy.getId());
        var ann = data.cleared("Ann Booked");
        clock.moveTo(day.dayBeforeAt("12:00"));
        asStaff(() -> bookings.bookFor(ann.participantId(), morning.id(), false, null));
    }

    @Test
    void duringAClassTheCardNamesItAndItsButtonsOpenItsCheckInAndPain() {
        clock.moveTo(day.at("09:20"));
        logInAsIvy();

        navigate("teaching");

        assertThat(heading()).isEqualTo("Now");
        assertThat(cardText()).contains("09:00-09:45", "Level 2 Stretch & Strengthen",
                morning.poolName() + ", 1 of 8 booked");
        assertThat(cardText()).doesNotContain(late.poolName());

        _click(_get(card(), Button.class, spec -> spec.withText("Check in")));

        _get(RosterView.class);
        _get(H2.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + day.date().format(ClinicFormats.DAY_LONG) + " 09:00-09:45"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("roster/" + morning.id());

        navigate("teaching");
        _click(_get(card(), Button.class, spec -> spec.withText("Roster and pain")));

        _get(PainCheckInView.class);
        _get(Paragraph.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + day.date().format(ClinicFormats.DAY_LONG) + " 09:00-09:45, " + morning.poolName()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("pain-check-in/" + morning.id());
    }

    @Test
    void betweenClassesTheCardShowsTheNextOneToday() {
        clock.moveTo(day.at("10:00"));
        logInAsIvy();

        navigate("teaching");

        assertThat(heading()).isEqualTo("Next today");
        assertThat(cardText()).contains("11:00-11:45", late.poolName() + ", 0 of 6 booked");
        Button checkIn = _get(card(), Button.class, spec -> spec.withText("Check in"));
        assertThat(checkIn.getElement().getAttribute("aria-label"))
                .isEqualTo("Check in, Level 2 Stretch & Strengthen at 11:00");

        _click(checkIn);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("roster/" + late.id());
    }

    @Test
    void afterTheLastClassTheCardSaysNoneAndTheWeekShowsDatesInWords() {
        clock.moveTo(day.at("11:50"));
        logInAsIvy();

        navigate("teaching");

        _get(MyScheduleView.class);
        _get(card(), Paragraph.class, spec -> spec.withText("No more classes today."));
        _assertNone(Button.class, spec -> spec.withText("Check in"));
        _assertNone(Button.class, spec -> spec.withText("Roster and pain"));
        // The week lists both classes under the day written out, never as 2027-03-02.
        _get(H2.class, spec -> spec.withText(day.date().format(ClinicFormats.DAY_LONG)));
        String page = _get(MyScheduleView.class).getElement().getTextRecursively();
        assertThat(page).contains("09:00-09:45", "11:00-11:45").doesNotContain(day.date().toString());
    }

    private Section card() {
        return _get(Section.class, spec -> spec.withClasses("now-next"));
    }

    private String heading() {
        return _get(card(), H2.class, spec -> spec.withId("now-next-heading")).getText();
    }

    private String cardText() {
        return card().getElement().getTextRecursively();
    }

    private void logInAsIvy() {
        login(ivy.getUser().getId(), ivy.getEmail(), ivy.getName(), Role.INSTRUCTOR);
    }
}
