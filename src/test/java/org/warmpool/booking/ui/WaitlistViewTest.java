package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.SqlSent;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceRow;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.WaitlistEntry;
import org.warmpool.booking.WaitlistService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

class WaitlistViewTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private CancellationService cancellations;
    @Autowired
    private WaitlistService waitlists;
    @Autowired
    private AttendanceService attendance;
    @Autowired
    private TestClock clock;

    private ClassDay day;
    private ScheduledSession session;
    private ParticipantTestData.Registered holder;
    private ParticipantTestData.Registered wes;
    private ParticipantTestData.Registered wil;
    private long holderBooking;

    @BeforeEach
    void aOnePlaceClassWithTwoWaiting() {
        day = ClassDay.ahead(clock.getZone());
        session = data.session(2, 1, day.date(), "11:00");
        holder = data.cleared("Hal Holder");
        wes = data.cleared("Wes Waiting");
        wil = data.cleared("Wil Waiting");
        clock.moveTo(day.dayBeforeAt("09:00"));
        holderBooking = asStaff(() -> bookings.bookFor(holder.participantId(), session.id(), false, null)).bookingId();
        BookingResult first = asStaff(() -> bookings.bookFor(wes.participantId(), session.id(), true, null));
        BookingResult second = asStaff(() -> bookings.bookFor(wil.participantId(), session.id(), true, null));
        assertThat(List.of(first.waitlistPosition(), second.waitlistPosition())).containsExactly(1, 2);
        login("desk@warmpool.example", Role.FRONT_DESK);
    }

    /**
     * "My bookings" reads where each waitlisted place stands in one statement: waiting for two
     * classes takes as many statements as waiting for one, and each shows its own number.
     */
    @Test
    void myBookingsShowsEachWaitlistNumberInAsManyStatementsWhateverTheWaitlists() {
        login(wil.userId(), wil.email(), wil.name(), Role.PARTICIPANT);
        int sent = statementsToOpenMyBookings();
        assertThat(waitlistStates()).containsExactly("Waitlist: number 2");

        ScheduledSession another = data.session(2, 1, day.date(), "15:00");
        asStaff(() -> bookings.bookFor(holder.participantId(), another.id(), false, null));
        asStaff(() -> bookings.bookFor(wil.participantId(), another.id(), true, null));

        assertThat(statementsToOpenMyBookings()).isEqualTo(sent);
        assertThat(waitlistStates()).containsExactly("Waitlist: number 2", "Waitlist: number 1");
    }

    private static int statementsToOpenMyBookings() {
        UI.getCurrent().navigate("accessibility");
        return SqlSent.during(() -> UI.getCurrent().navigate("my-bookings")).size();
    }

    private static List<String> waitlistStates() {
        return _find(Span.class, spec -> spec.withClasses("booking-status")).stream().map(Span::getText)
                .filter(text -> text.startsWith("Waitlist")).toList();
    }

    @Test
    void theDeskSeesTheWaitlistInOrderWithThePlacesTaken() {
        navigate("waitlist/" + session.id());

        _get(Paragraph.class, spec -> spec.withText(session.poolName() + ". 1 of 1 places taken."));
        assertThat(entries()).containsExactly("1.", wes.name(), "2.", wil.name());
        assertThat(_get(entryOf(wes.name()), Span.class, spec -> spec.withClasses("waitlist-joined")).getText())
                .startsWith("joined ");
        assertThat(_get(entryOf(wes.name()), Button.class, spec -> spec.withText("Move up")).isEnabled()).isFalse();
        assertThat(_get(entryOf(wil.name()), Button.class, spec -> spec.withText("Move down")).isEnabled()).isFalse();
        _assertNone(Div.class, spec -> spec.withId("promote-banner"));
        _assertNone(Button.class, spec -> spec.withText("Give the place to " + wes.name()));
    }

    @Test
    void forAFullClassTheDeskSeesWhoHoldsThePlacesByNameAboveTheWaitlist() {
        navigate("waitlist/" + session.id());

        ListItem hal = _get(ListItem.class, spec -> spec.withClasses("place-holder"));
        assertThat(_get(hal, Span.class, spec -> spec.withClasses("place-holder-name")).getText())
                .isEqualTo(holder.name());
        assertThat(_get(hal, Span.class, spec -> spec.withClasses("place-holder-booked")).getText())
                .isEqualTo("booked " + day.dayBeforeAt("09:00").atZone(clock.getZone())
                        .format(ClinicFormats.DATE_SHORT_TIME));
        assertThat(_get(hal, Span.class, spec -> spec.withClasses("place-holder-status")).getText())
                .isEqualTo("Not checked in");
        // The holders come first, then the people waiting; the waiting are not among the holders.
        String page = _get(WaitlistView.class).getElement().getTextRecursively();
        assertThat(page.indexOf("Who has a place")).isLessThan(page.indexOf(wes.name()));
        assertThat(page.indexOf(holder.name())).isLessThan(page.indexOf(wes.name()));
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("place-holders"))
                .getElement().getTextRecursively()).doesNotContain(wes.name(), wil.name());

        clock.moveTo(day.at("10:45"));
        attendance.mark(holderBooking, Attendance.ATTENDED);
        navigate("waitlist/" + session.id());

        assertThat(_get(_get(ListItem.class, spec -> spec.withClasses("place-holder")), Span.class,
                spec -> spec.withClasses("place-holder-status")).getText()).isEqualTo("Checked in");
    }

    @Test
    void theSessionDetailsInTheScheduleLeadToItsWaitlist() {
        navigate("schedule");
        // A chain's week opens on one pool: this class's is chosen.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Pool")),
                session.poolName());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), day.date());
        org.warmpool.schedule.ui.WeekCard card = org.warmpool.schedule.ui.WeekCard.shown().stream()
                .filter(shown -> shown.text().contains(session.poolName()))
                .findFirst().orElseThrow();

        card.click();
        _click(_get(_get(Dialog.class), Button.class, spec -> spec.withText("Waitlist and places taken")));

        _assertNoDialogs();
        _get(WaitlistView.class);
        assertThat(entries()).containsExactly("1.", wes.name(), "2.", wil.name());
    }

    @Test
    void movingSomeoneUpNeedsAReasonAndThenChangesTheOrder() {
        navigate("waitlist/" + session.id());

        _click(_get(entryOf(wil.name()), Button.class, spec -> spec.withText("Move up")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Move " + wil.name() + " up");
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withLabel("Reason (kept on record)"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Move up")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason; it is kept on record.");
        _get(Dialog.class);
        assertThat(waitingNames()).containsExactly(wes.name(), wil.name());

        _setValue(reason, "Wes asked to wait for a later class; Wil can come tomorrow only.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Move up")));

        _assertNoDialogs();
        assertThat(notificationTexts()).contains(wil.name() + " moved up.");
        assertThat(entries()).containsExactly("1.", wil.name(), "2.", wes.name());
        assertThat(waitingNames()).containsExactly(wil.name(), wes.name());
    }

    @Test
    void afterTheCutOffAFreedPlaceWaitsForTheDeskWhoGivesItByHand() {
        clock.moveTo(day.at("09:30"));
        as(holder, () -> cancellations.cancel(holderBooking));

        navigate("waitlist/" + session.id());

        _get(Paragraph.class, spec -> spec.withText(session.poolName() + ". 0 of 1 places taken, 1 free."));
        assertThat(_get(Div.class, spec -> spec.withId("promote-banner")).getElement().getTextRecursively())
                .contains("A place is free and the cut-off has passed: promote by hand");
        _get(entryOf(wes.name()), Button.class, spec -> spec.withText("Give the place to " + wes.name()));

        // The desk knows Wil is already in the building.
        _click(_get(entryOf(wil.name()), Button.class, spec -> spec.withText("Give the place to " + wil.name())));

        assertThat(notificationTexts()).contains(wil.name() + " now has a place in this class.");
        _get(Paragraph.class, spec -> spec.withText(session.poolName() + ". 1 of 1 places taken."));
        _assertNone(Div.class, spec -> spec.withId("promote-banner"));
        _assertNone(Button.class, spec -> spec.withText("Give the place to " + wes.name()));
        assertThat(entries()).containsExactly("1.", wes.name());
        assertThat(attendance.sheet(session.id())).extracting(AttendanceRow::participantName)
                .containsExactly(wil.name());
    }

    @Test
    void theDesksHomeSaysWhereAPlaceWaitsToBeGivenByHandAndLeadsToTheWaitlist() {
        clock.moveTo(day.at("09:30"));
        as(holder, () -> cancellations.cancel(holderBooking));

        navigate("desk");

        String banner = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("places-to-give"))
                .getElement().getTextRecursively();
        assertThat(banner).contains("A place is free: promote by hand")
                .contains("11:00 Level 2 Stretch & Strengthen in " + session.poolName() + ": 1 place free, 2 waiting");
        Button open = com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                        spec -> spec.withText("Open the waitlist")).stream()
                .filter(b -> b.getAriaLabel().orElse("").contains(session.poolName())).findFirst().orElseThrow();
        _click(open);

        assertThat(_get(Div.class, spec -> spec.withId("promote-banner")).getElement().getTextRecursively())
                .contains("promote by hand");
    }

    @Test
    void theDeskTakesSomeoneOffTheWaitlist() {
        navigate("waitlist/" + session.id());

        _click(_get(entryOf(wes.name()), Button.class, spec -> spec.withText("Remove from waitlist")));
        Dialog confirm = _get(Dialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Remove " + wes.name() + " from the waitlist?");
        _click(_get(confirm, Button.class, spec -> spec.withText("Remove")));

        _assertNoDialogs();
        assertThat(entries()).containsExactly("1.", wil.name());
        assertThat(waitingNames()).containsExactly(wil.name());
    }

    /** Number and name of each entry, top to bottom, as the list shows them. */
    private List<String> entries() {
        return _find(ListItem.class, spec -> spec.withClasses("waitlist-entry")).stream()
                .flatMap(item -> List.of(
                        _get(item, Span.class, spec -> spec.withClasses("waitlist-number")).getText(),
                        _get(item, Span.class, spec -> spec.withClasses("waitlist-name")).getText()).stream())
                .toList();
    }

    private ListItem entryOf(String name) {
        return _find(ListItem.class, spec -> spec.withClasses("waitlist-entry")).stream()
                .filter(item -> _get(item, Span.class, spec -> spec.withClasses("waitlist-name")).getText()
                        .equals(name))
                .findFirst().orElseThrow();
    }

    private List<String> waitingNames() {
        return waitlists.waitlist(session.id()).entries().stream().map(WaitlistEntry::participantName).toList();
    }
}
