package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/** Booking from the recommended classes, My bookings, and the front desk booking for a participant. */
class BookingViewsTest extends KaribuTest {

    private static final String STRETCH = "Level 2 Stretch & Strengthen";

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private BookingListService bookingLists;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private ProgrammeSettingsService programme;
    @Autowired
    private ClinicSettings clinic;
    @Autowired
    private TestClock clock;

    @Test
    void aParticipantBooksWithOneClickSeesBookedOnTheCardAndFindsTheClassInMyBookings() {
        ScheduledSession session = data.levelTwo(6, 3, "10:00");
        Registered pia = data.cleared("Pia Booker");
        logInAs(pia);
        navigate("classes");

        ListItem card = recommendedCardIn(session.poolName());
        Button book = _get(card, Button.class, spec -> spec.withText("Book"));
        assertThat(book.getAriaLabel()).hasValue("Book " + STRETCH + " on " + when(session));
        _click(book);

        assertThat(notificationTexts()).contains("Booked: " + STRETCH + ", " + when(session));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("booking-state")).getText()).isEqualTo("Booked");
        _assertNone(card, Button.class);

        navigate("my-bookings");
        ListItem mine = bookingCardIn("upcoming", session.poolName());
        assertThat(textOf(mine)).contains(STRETCH).contains(session.date().format(ClinicFormats.DAY_SHORT)
                + ", 10:00 to")
                .contains("Booked");
        assertThat(_get(mine, Button.class).getAriaLabel()).hasValue("Cancel my place: " + STRETCH + " on "
                + when(session));

        navigate("classes");
        ListItem again = recommendedCardIn(session.poolName());
        assertThat(_get(again, Span.class, spec -> spec.withClasses("booking-state")).getText()).isEqualTo("Booked");
        _assertNone(again, Button.class);
    }

    @Test
    void aFullClassOffersTheWaitlistWithThePositionAndTheParticipantCanLeaveIt() {
        ScheduledSession session = data.levelTwo(1, 3, "11:00");
        Registered first = data.cleared("Fay First");
        BookingTestData.as(first, () -> bookings.bookForMe(session.id(), false));
        Registered second = data.cleared("Sam Second");
        logInAs(second);
        navigate("classes");

        ListItem card = recommendedCardIn(session.poolName());
        Button join = _get(card, Button.class, spec -> spec.withText("Join the waitlist"));
        assertThat(join.getAriaLabel()).hasValue("Join the waitlist for " + STRETCH + " on " + when(session));
        _click(join);

        assertThat(notificationTexts()).contains("You are number 1 on the waitlist for " + STRETCH + ", "
                + when(session) + ".");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("booking-state")).getText())
                .isEqualTo("On the waitlist, number 1");

        navigate("my-bookings");
        ListItem mine = bookingCardIn("upcoming", session.poolName());
        assertThat(textOf(mine)).contains("Waitlist: number 1");
        _click(_get(mine, Button.class, spec -> spec.withText("Leave the waitlist")));
        Dialog confirm = _get(Dialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Leave the waitlist?");
        assertThat(_get(confirm, Paragraph.class).getText()).doesNotContain("late cancellation");
        _click(_get(confirm, Button.class, spec -> spec.withId("confirm-cancel")));

        assertThat(notificationTexts()).contains("You have left the waitlist for " + STRETCH + " on " + when(session)
                + ".");
        assertThat(textOf(bookingCardIn("cancelled", session.poolName()))).contains("Cancelled")
                .doesNotContain("Leave the waitlist");
        _assertNone(UnorderedList.class, spec -> spec.withId("upcoming"));
    }

    @Test
    void whenTheLastPlaceGoesMeanwhileTheParticipantIsToldAndOfferedTheWaitlist() {
        ScheduledSession session = data.levelTwo(1, 3, "12:00");
        Registered slow = data.cleared("Sol Slow");
        logInAs(slow);
        navigate("classes");
        Button book = _get(recommendedCardIn(session.poolName()), Button.class, spec -> spec.withText("Book"));

        Registered quick = data.cleared("Quinn Quick");
        BookingTestData.as(quick, () -> bookings.bookForMe(session.id(), false));
        _click(book);

        assertThat(notificationTexts()).anyMatch(text -> text.contains("The last place in this class has just gone. "
                + "You can join the waitlist instead."));
        _click(_get(recommendedCardIn(session.poolName()), Button.class, spec -> spec.withText("Join the waitlist")));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("You are number 1 on the waitlist"));
    }

    @Test
    void cancellingShortlyBeforeTheClassSaysPlainlyThatItCountsAsLate() {
        ScheduledSession session = data.levelTwo(6, 3, "09:00");
        Registered lena = data.cleared("Lena Late");
        BookingTestData.as(lena, () -> bookings.bookForMe(session.id(), false));
        clock.moveTo(session.date().atTime(session.start()).atZone(clinic.timeZone()).toInstant().minusSeconds(5 * 3600));
        logInAs(lena);
        navigate("my-bookings");

        _click(_get(bookingCardIn("upcoming", session.poolName()), Button.class,
                spec -> spec.withText("Cancel my place")));
        Dialog confirm = _get(Dialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Cancel your place?");
        assertThat(_get(confirm, Paragraph.class).getText()).contains("The class starts in less than "
                + programme.current().getLateCancelHours() + " hours, so this counts as a late cancellation. "
                + "It costs nothing, but it is noted.");
        _click(_get(confirm, Button.class, spec -> spec.withId("confirm-cancel")));

        assertThat(notificationTexts()).contains("Your place is cancelled: " + STRETCH + " on " + when(session) + ".");
        ListItem cancelled = bookingCardIn("cancelled", session.poolName());
        assertThat(textOf(cancelled)).contains("Cancelled late");
        _assertNone(UnorderedList.class, spec -> spec.withId("upcoming"));
        _assertNone(cancelled, Button.class);
    }

    @Test
    void cancellingDaysAheadIsNotLate() {
        ScheduledSession session = data.levelTwo(6, 4, "09:00");
        Registered ed = data.cleared("Ed Early");
        BookingTestData.as(ed, () -> bookings.bookForMe(session.id(), false));
        logInAs(ed);
        navigate("my-bookings");

        _click(_get(bookingCardIn("upcoming", session.poolName()), Button.class,
                spec -> spec.withText("Cancel my place")));
        Dialog confirm = _get(Dialog.class);
        assertThat(_get(confirm, Paragraph.class).getText()).doesNotContain("late");
        _click(_get(confirm, Button.class, spec -> spec.withId("confirm-cancel")));

        assertThat(textOf(bookingCardIn("cancelled", session.poolName()))).contains("Cancelled")
                .doesNotContain("Cancelled late");
    }

    @Test
    void aClassCancelledByTheClinicGivesAMakeUpCreditThatBooksAnotherClass() {
        ScheduledSession cancelled = data.levelTwo(6, 2, "08:00");
        ScheduledSession other = data.levelTwo(6, 5, "08:00");
        Registered cara = data.cleared("Cara Credit");
        BookingTestData.as(cara, () -> bookings.bookForMe(cancelled.id(), false));
        SystemTasks.runAsStaff(() -> schedule.cancelSession(cancelled.id(), "The pool heating is broken"));
        logInAs(cara);

        navigate("my-bookings");
        assertThat(textOf(bookingCardIn("cancelled", cancelled.poolName())))
                .contains("Cancelled by the clinic: The pool heating is broken");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("credits")).getElement().getTextRecursively())
                .contains("For " + STRETCH + " on " + cancelled.date().format(ClinicFormats.DAY_SHORT)
                        + ": valid until");

        navigate("classes");
        Button withCredit = _get(recommendedCardIn(other.poolName()), Button.class,
                spec -> spec.withText("Book with make-up credit"));
        assertThat(withCredit.getAriaLabel()).hasValue("Book with make-up credit: " + STRETCH + " on " + when(other));
        _click(withCredit);

        assertThat(notificationTexts()).contains("Booked with your make-up credit: " + STRETCH + ", " + when(other));
        assertThat(textOf(recommendedCardIn(other.poolName()))).contains("Booked");
        _assertNone(Button.class, spec -> spec.withText("Book with make-up credit"));
        navigate("my-bookings");
        assertThat(textOf(bookingCardIn("upcoming", other.poolName()))).contains("Booked (with a make-up credit)");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("credits")).getElement().getTextRecursively())
                .contains(": used.");
    }

    @Test
    void theFrontDeskBooksForAParticipantAndCancelsTheirPlace() {
        ScheduledSession session = data.levelTwo(6, 3, "14:00");
        Registered dora = data.cleared("Dora Desk");
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("participant-classes/" + dora.participantId());

        ListItem card = recommendedCardIn(session.poolName());
        Button book = _get(card, Button.class, spec -> spec.withText("Book for " + dora.name()));
        assertThat(book.getAriaLabel()).hasValue("Book for " + dora.name() + ": " + STRETCH + " on " + when(session));
        _click(book);

        assertThat(notificationTexts()).contains("Booked for " + dora.name() + ": " + STRETCH + ", " + when(session));
        assertThat(textOf(recommendedCardIn(session.poolName()))).contains("Booked");
        ListItem booking = bookingCardIn("participant-bookings", session.poolName());
        _click(_get(booking, Button.class, spec -> spec.withText("Cancel the place")));
        Dialog confirm = _get(Dialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Cancel " + dora.name() + "'s place?");
        _click(_get(confirm, Button.class, spec -> spec.withId("confirm-cancel")));

        assertThat(notificationTexts()).contains(dora.name() + "'s place is cancelled: " + STRETCH + " on "
                + when(session) + ".");
        assertThat(BookingTestData.asStaff(() -> bookingLists.bookingsOf(dora.participantId())).upcoming()).isEmpty();
        assertThat(BookingTestData.asStaff(() -> bookingLists.bookingsOf(dora.participantId())).cancelled())
                .singleElement().satisfies(view -> assertThat(view.statusText()).isEqualTo("Cancelled"));
    }

    @Test
    void theFrontDeskBooksAClassOfAnotherLevelWithAReasonButCannotOverrideDeepWater() {
        LocalDate day = LocalDate.now(clock).plusDays(3);
        ScheduledSession gentle = data.session(0, 6, day, "15:00");
        ScheduledSession deep = data.session(3, 6, day, "17:00");
        Registered otto = data.cleared("Otto Override");
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("participant-classes/" + otto.participantId());

        assertThat(_find(otherClassIn(deep.poolName()), Button.class)).isEmpty();
        _click(_get(otherClassIn(gentle.poolName()), Button.class, spec -> spec.withText("Book anyway…")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Book " + otto.name() + " anyway?");
        assertThat(_get(dialog, Paragraph.class).getText()).contains("is for pain 6 to 10; yours is 5");
        TextArea reason = _get(dialog, TextArea.class, spec -> spec.withLabel("Reason for booking this class anyway"));
        assertThat(reason.getMaxLength()).isEqualTo(500);
        _click(_get(dialog, Button.class, spec -> spec.withText("Book anyway")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        _setValue(reason, "Flare-up this week; the physio asked for the gentlest class.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Book anyway")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Booked for " + otto.name() + ": Level 0 Warm Water Relief, "
                + when(gentle));
        assertThat(textOf(otherClassIn(gentle.poolName()))).contains("Booked");
        assertThat(textOf(bookingCardIn("participant-bookings", gentle.poolName()))).contains("Booked");
    }

    private void logInAs(Registered participant) {
        login(participant.userId(), participant.email(), participant.name(), Role.PARTICIPANT);
    }

    private static String when(ScheduledSession session) {
        return session.date().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)) + " at " + session.start();
    }

    private static ListItem recommendedCardIn(String poolName) {
        return itemIn("recommended", poolName);
    }

    private static ListItem bookingCardIn(String listId, String poolName) {
        return itemIn(listId, poolName);
    }

    private static ListItem otherClassIn(String poolName) {
        // As the front desk does: open "Other classes … cannot book".
        _get(Details.class).setOpened(true);
        return itemIn("other-classes", poolName);
    }

    private static ListItem itemIn(String listId, String poolName) {
        // The recommended classes show the first few; this test's class may be further down.
        for (String more : List.of("show-more", "show-more-others")) {
            while (!_find(Button.class, spec -> spec.withId(more)).isEmpty()) {
                _click(_get(Button.class, spec -> spec.withId(more)));
            }
        }
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId(listId));
        List<ListItem> items = _find(list, ListItem.class).stream().filter(item -> textOf(item).contains(poolName))
                .toList();
        assertThat(items).as(listId + " in " + poolName).hasSize(1);
        return items.get(0);
    }

    private static String textOf(ListItem item) {
        return item.getElement().getTextRecursively();
    }
}
