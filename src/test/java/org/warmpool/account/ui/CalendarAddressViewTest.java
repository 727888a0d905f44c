package org.warmpool.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.account.CalendarAddresses;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

/** My account's calendar address, and "Add to calendar" on My bookings and My schedule, as people use them. */
class CalendarAddressViewTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private CalendarAddresses addresses;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private TestClock clock;

    private static String token(String address) {
        return address.substring(address.indexOf(CalendarAddresses.PATH) + CalendarAddresses.PATH.length(),
                address.length() - CalendarAddresses.SUFFIX.length());
    }

    private void logInAs(Registered participant) {
        login(participant.userId(), participant.email(), participant.name(), Role.PARTICIPANT);
    }

    private String shownAddress() {
        return _get(TextField.class, spec -> spec.withLabel("Your calendar address")).getValue();
    }

    @Test
    void aParticipantMakesAnAddressSeesItOnceMakesANewOneAndStopsIt() {
        Registered pia = data.cleared("Pia Calendar");
        logInAs(pia);
        navigate("account");
        Div section = _get(Div.class, spec -> spec.withId("calendar-address-section"));
        assertThat(section.getElement().getTextRecursively()).contains("Calendar address",
                "You have no calendar address.", "Nothing about your health is in it.");

        _click(_get(Button.class, spec -> spec.withText("Make a calendar address")));
        String first = shownAddress();
        assertThat(first).contains(CalendarAddresses.PATH).endsWith(CalendarAddresses.SUFFIX);
        assertThat(addresses.ownerOf(token(first))).hasValue(pia.userId());

        navigate("account");
        _assertNone(TextField.class, spec -> spec.withLabel("Your calendar address"));
        assertThat(_get(Div.class, spec -> spec.withId("calendar-address-section")).getElement().getTextRecursively())
                .contains("You have a calendar address, made on");

        _click(_get(Button.class, spec -> spec.withText("Make a new address")));
        String second = shownAddress();
        assertThat(second).isNotEqualTo(first);
        assertThat(addresses.ownerOf(token(first))).as("the old address stops working").isEmpty();
        assertThat(addresses.ownerOf(token(second))).hasValue(pia.userId());

        _click(_get(Button.class, spec -> spec.withText("Stop the calendar address")));
        assertThat(addresses.ownerOf(token(second))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("calendar-address-section")).getElement().getTextRecursively())
                .contains("You have no calendar address.");
        _assertNone(Button.class, spec -> spec.withText("Stop the calendar address"));
    }

    @Test
    void theFrontDeskHasNoCalendarAddress() {
        login("desk-calendar@warmpool.example", Role.FRONT_DESK);
        navigate("account");
        _assertNone(Div.class, spec -> spec.withId("calendar-address-section"));
    }

    @Test
    void eachUpcomingBookingInMyBookingsHasAnAddToCalendarFileOfThatBooking() {
        ScheduledSession session = data.levelTwo(4, 3, "10:00");
        Registered raj = data.cleared("Raj Calendar");
        long booking = BookingTestData.as(raj, () -> bookings.bookForMe(session.id(), true)).bookingId();
        logInAs(raj);
        navigate("my-bookings");

        List<Anchor> links = _find(Anchor.class, spec -> spec.withText("Add to calendar"));
        assertThat(links).hasSize(1);
        assertThat(links.get(0).getHref()).isEqualTo("calendar/booking/" + booking + ".ics");
        assertThat(links.get(0).getElement().hasAttribute("download")).isTrue();
        assertThat(links.get(0).getElement().getAttribute("aria-label")).startsWith("Add to calendar: ")
                .contains(session.levelTitle());
    }

    @Test
    void eachClassOnMyScheduleHasAnAddToCalendarFileOfThatClass() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        ScheduledSession session = data.session(2, 6, tomorrow, "13:00");
        login("admin-calendar@warmpool.example", Role.ADMIN);
        Instructor ivo = instructors.qualified("Ivo Calendar");
        staffing.assign(session.id(), ivo.getId());
        login(ivo.getUser().getId(), ivo.getEmail(), ivo.getName(), Role.INSTRUCTOR);
        navigate("teaching");
        if (tomorrow.getDayOfWeek() == DayOfWeek.MONDAY) {
            _click(_get(Button.class, spec -> spec.withText("Next week")));
        }

        List<Anchor> links = _find(Anchor.class, spec -> spec.withText("Add to calendar"));
        assertThat(links).extracting(Anchor::getHref).containsExactly("calendar/class/" + session.id() + ".ics");
        assertThat(links.get(0).getElement().hasAttribute("download")).isTrue();
    }
}
