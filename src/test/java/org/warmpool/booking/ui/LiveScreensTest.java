package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClassFiguresChanged;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

/**
 * Two windows open at once (two UIs, each with its own login): what is done in one shows in the
 * other after the commit, through the same path as server push (the change is told after the
 * commit, queued in the other UI, and run there when its session is free; here the test runs
 * that queue). Each test has a day of its own, 18,000 to 21,000 days ahead.
 */
class LiveScreensTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private BookingService bookings;
    @Autowired
    private LiveUpdates live;
    @Autowired
    private TestClock clock;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private ApplicationEventPublisher events;

    private LocalDate day;

    @BeforeEach
    void aDayOfItsOwn() {
        day = LocalDate.now(clock.getZone()).plusDays(18_000 + ThreadLocalRandom.current().nextInt(3_000));
    }

    @Test
    void aCheckInAtThePoolsideShowsAtTheFrontDeskAndTheOtherWayRound() {
        ScheduledSession session = data.session(2, 8, day, "11:00");
        Registered ann = data.cleared("Ann Arrives");
        Registered ben = data.cleared("Ben Later");
        // Certificates valid from that day on.
        clock.moveTo(at("09:00"));
        login("admin@warmpool.example", Role.ADMIN);
        Instructor ivy = instructors.qualified("Ivy Poolside");
        staffing.assign(session.id(), ivy.getId());
        clock.moveTo(at("10:40"));
        asStaff(() -> bookings.bookFor(ann.participantId(), session.id(), false, null));
        asStaff(() -> bookings.bookFor(ben.participantId(), session.id(), false, null));

        // The front desk's screen.
        login("desk@warmpool.example", Role.FRONT_DESK);
        UI.getCurrent().navigate("check-in",
                QueryParameters.of(CheckInView.CLASS_PARAMETER, String.valueOf(session.id())));
        UI desk = UI.getCurrent();
        assertThat(arrived(desk, session)).isEqualTo("0 of 2 arrived");

        // The instructor's tablet at the poolside.
        UI poolside = openSecondWindow();
        login(ivy.getUser().getId(), ivy.getEmail(), ivy.getName(), Role.INSTRUCTOR);
        navigate("roster/" + session.id());
        _click(_get(rowOn(poolside, ann.name()), Button.class, spec -> spec.withText("Came")));

        live.awaitTold();
        // The desk's page re-reads the class with the desk's login, though the instructor is logged
        // in on this thread: check-in is not the instructor's to read.
        MockVaadin.runUIQueue();
        assertThat(arrived(desk, session)).isEqualTo("1 of 2 arrived");
        assertThat(statusOn(desk, session, ann.name())).isEqualTo("Arrived");

        UI.setCurrent(desk);
        login("desk@warmpool.example", Role.FRONT_DESK);
        _click(_get(classOn(desk, session), Button.class, spec -> spec.withText("Check in " + ben.name())));
        live.awaitTold();
        MockVaadin.runUIQueue();

        assertThat(_get(poolside, Paragraph.class, spec -> spec.withId("came-count")).getText())
                .isEqualTo("2 of 2 came");
        assertThat(_get(rowOn(poolside, ben.name()), Button.class, spec -> spec.withText("Came"))
                .getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void aPlaceTakenOnOneScreenShowsOnTheOthersAndTheParticipantsBellRings() {
        ScheduledSession session = data.session(2, 2, day, "15:00");
        Registered cara = data.cleared("Cara Phone");
        Registered dan = data.cleared("Dan Desk");
        Registered eve = data.cleared("Eve Elsewhere");
        clock.moveTo(at("10:00"));

        // The participant's phone: the class, two places left; no unread message.
        login(cara.userId(), cara.email(), cara.name(), Role.PARTICIPANT);
        navigate("classes");
        UI phone = UI.getCurrent();
        assertThat(cardOn(phone, session).getElement().getTextRecursively()).contains("2 seats left");
        assertThat(bellOn(phone)).isEqualTo("Messages, none unread");

        // The front desk's schedule week.
        UI desk = openSecondWindow();
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("schedule");
        // A chain's week opens on one pool: the desk chooses this class's.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(
                _get(desk, com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Pool")),
                session.poolName());
        assertThat(placesOn(desk, session)).isEqualTo("0 booked, 2 left");

        // The front desk books Dan; then books Cara too, by phone.
        bookings.bookFor(dan.participantId(), session.id(), false, null);
        live.awaitTold();
        MockVaadin.runUIQueue();
        assertThat(cardOn(phone, session).getElement().getTextRecursively()).contains("1 seat left");

        bookings.bookFor(cara.participantId(), session.id(), false, null);
        live.awaitTold();
        MockVaadin.runUIQueue();
        assertThat(_get(cardOn(phone, session), Span.class, spec -> spec.withClasses("booking-state")).getText())
                .isEqualTo("Booked");
        assertThat(bellOn(phone)).isEqualTo("Messages, 1 unread");
        assertThat(_get(phone, Span.class, spec -> spec.withClasses("unread-badge")).getText()).isEqualTo("1");

        // The desk's bookings were made in its own tab, which is not told (a page redraws what it
        // does itself); a place taken from the phone shows on it.
        UI.setCurrent(phone);
        login(cara.userId(), cara.email(), cara.name(), Role.PARTICIPANT);
        BookingTestData.as(eve, () -> bookings.bookForMe(session.id(), true));
        live.awaitTold();
        MockVaadin.runUIQueue();
        assertThat(placesOn(desk, session)).isEqualTo("2 booked, full");
    }

    @Test
    void atTheDeskAParticipantsClassesSayThatAPlaceChangedAndShowItWhenAsked() {
        ScheduledSession session = data.session(2, 2, day, "15:00");
        Registered cara = data.cleared("Cara Called");
        Registered dan = data.cleared("Dan Online");
        clock.moveTo(at("10:00"));
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("participant-classes/" + cara.participantId());
        UI desk = UI.getCurrent();
        assertThat(cardOn(desk, session).getElement().getTextRecursively()).contains("2 seats left");

        openSecondWindow();
        login(dan.userId(), dan.email(), dan.name(), Role.PARTICIPANT);
        BookingTestData.as(dan, () -> bookings.bookForMe(session.id(), false));
        live.awaitTold();
        MockVaadin.runUIQueue();

        // Nothing is read for the desk (reading Cara's list reads her record, which is audited) ...
        assertThat(cardOn(desk, session).getElement().getTextRecursively()).contains("2 seats left");
        Div notice = _get(desk, Div.class, spec -> spec.withId("places-changed"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("Someone booked or cancelled a place on a class in this list.");
        // ... until the desk asks.
        UI.setCurrent(desk);
        login("desk@warmpool.example", Role.FRONT_DESK);
        _click(_get(desk, Button.class, spec -> spec.withId("show-classes-again")));
        assertThat(_find(desk, Div.class, spec -> spec.withId("places-changed"))).isEmpty();
        assertThat(cardOn(desk, session).getElement().getTextRecursively()).contains("1 seat left");
    }

    @Test
    void aChangeThatIsRolledBackIsToldToNoScreenAndACommittedOneIs() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        long sessionId = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        List<Long> heard = new ArrayList<>();
        Div page = new Div();
        live.followClasses(page, heard::add).classes(List.of(sessionId));
        UI.getCurrent().add(page);
        UI.setCurrent(null);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try {
            transaction.executeWithoutResult(status -> {
                events.publishEvent(new ClassFiguresChanged(sessionId));
                status.setRollbackOnly();
            });
            live.awaitTold();
            runQueueOf(page);
            assertThat(heard).isEmpty();

            transaction.executeWithoutResult(status -> events.publishEvent(new ClassFiguresChanged(sessionId)));
            live.awaitTold();
            runQueueOf(page);
            assertThat(heard).containsExactly(sessionId);
        } finally {
            UI.setCurrent(page.getUI().orElseThrow());
        }
        int before = live.followers();
        page.getUI().orElseThrow().remove(page);
        assertThat(live.followers()).isEqualTo(before - 1);
    }

    private static void runQueueOf(Component page) {
        UI ui = page.getUI().orElseThrow();
        UI.setCurrent(ui);
        MockVaadin.runUIQueue();
        UI.setCurrent(null);
    }

    /** A second browser tab of the same (mocked) browser; the test logs in on it as someone else. */
    private static UI openSecondWindow() {
        VaadinSession session = VaadinSession.getCurrent();
        UI second = new UI();
        second.getInternals().setSession(session);
        UI.setCurrent(second);
        second.doInit(VaadinRequest.getCurrent(), 2, "ROOT-2");
        session.addUI(second);
        return second;
    }

    private Instant at(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(clock.getZone()).toInstant();
    }

    private static Section classOn(UI ui, ScheduledSession session) {
        List<Section> mine = _find(ui, Section.class, spec -> spec.withClasses("check-in-class")).stream()
                .filter(section -> section.getElement().getTextRecursively().contains(session.poolName()))
                .toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private static String arrived(UI ui, ScheduledSession session) {
        return _get(classOn(ui, session), Div.class, spec -> spec.withClasses("arrived-count")).getText();
    }

    private static String statusOn(UI ui, ScheduledSession session, String name) {
        ListItem row = _find(classOn(ui, session), ListItem.class, spec -> spec.withClasses("check-in-row")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
        return _get(row, Span.class, spec -> spec.withClasses("check-in-status")).getText();
    }

    private static ListItem rowOn(UI ui, String name) {
        return _find(ui, ListItem.class, spec -> spec.withClasses("attendance-row")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
    }

    private static ListItem cardOn(UI ui, ScheduledSession session) {
        return _find(_get(ui, com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("recommended")),
                ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(session.poolName()))
                .findFirst().orElseThrow();
    }

    private static String bellOn(UI ui) {
        return _get(ui, Button.class, spec -> spec.withId("messages-bell")).getAriaLabel().orElseThrow();
    }

    private static String placesOn(UI ui, ScheduledSession session) {
        return org.warmpool.schedule.ui.WeekCard.in(ui).stream()
                .filter(card -> card.text().contains(session.poolName()))
                .findFirst().orElseThrow().part("session-places");
    }
}
