package org.warmpool.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.warmpool.KaribuTest;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingSummary;
import org.warmpool.participant.Condition;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.Intake;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.RedFlag;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.security.Role;

/**
 * The front desk's one-page walk-in intake: registered, screened and booked in a few clicks, a red
 * flag warned about at once, and bad input refused at the fields with nothing saved.
 */
class WalkInViewTest extends KaribuTest {

    private static final String DESK = "desk@warmpool.example";

    @Autowired
    private ScheduleTestData scheduleData;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private ParticipantRecordService records;
    @Autowired
    private BookingListService bookingLists;
    @Autowired
    private org.warmpool.TestClock clock;
    @Autowired
    private org.warmpool.base.ClinicSettings clinic;
    @Autowired
    private BookingTestData bookingData;
    @Autowired
    private BookingService bookings;

    /** Button clicks and choices (radio, tick box): what the front desk does with the mouse. Typing is not counted. */
    private int clicks;
    private Pool warmPool;
    private String name;
    private String phone;

    /** A Level 2 class in a warm pool of this test's own, three days ahead. */
    @BeforeEach
    void aLevelTwoClassInAWarmPool() {
        login("admin@warmpool.example", Role.ADMIN);
        // Weeks no other test uses: the walk-in's classes are this test's, as in a clinic whose
        // timetable fits the first screen, and not whatever the shared test database holds.
        LocalDate quiet = LocalDate.now(clock).plusDays(6000 + ThreadLocalRandom.current().nextInt(3000));
        clock.moveTo(quiet.atTime(9, 0).atZone(clinic.timeZone()).toInstant());
        warmPool = scheduleData.warmPool();
        String start = LocalTime.of(5, 15).plusMinutes(15L * ThreadLocalRandom.current().nextInt(8)).toString();
        schedule.createSeries(scheduleData.once(scheduleData.level(2), warmPool, LocalDate.now(clock).plusDays(3),
                start));
        login(DESK, Role.FRONT_DESK);
        name = "Wanda Walkin " + UUID.randomUUID().toString().substring(0, 8);
        phone = ParticipantTestData.uniquePhone();
    }

    @Test
    void aWalkInIsRegisteredScreenedAndBookedIntoARecommendedClassInFewerThanTenClicks() {
        navigate("desk");
        Anchor walkIn = _get(Anchor.class, spec -> spec.withId("register-walk-in"));
        assertThat(walkIn.getText()).isEqualTo("Register a walk-in");
        clicks++;
        navigate(walkIn.getHref());

        fillInWho(name);
        answerTheScreening(3);
        click(_get(Button.class, spec -> spec.withText("Register and screen")));

        assertThat(_get(H2.class, spec -> spec.withId("walk-in-registered")).getText())
                .isEqualTo(name + " is registered and screened");
        ListItem card = recommendedCardIn(warmPool.getName());
        assertThat(card.getElement().getTextRecursively()).contains("Level 2").contains("fits its range");
        click(_get(card, Button.class, spec -> spec.withText("Book for " + name)));

        assertThat(clicks).as("clicks to register, screen and book a walk-in").isLessThan(10);
        long id = participantId();
        HealthRecord record = records.record(id);
        Intake intake = record.latest().orElseThrow();
        assertThat(intake.getPainNow()).isEqualTo(3);
        assertThat(intake.getCondition()).isEqualTo(Condition.SPINAL_STENOSIS);
        assertThat(intake.getDeepWaterOk()).isFalse();
        assertThat(record.mayBook()).isTrue();
        assertThat(record.participant().getUser()).isNull();
        List<BookingSummary> booked = bookingLists.bookingsOf(id).upcoming();
        assertThat(booked).singleElement().satisfies(booking -> {
            assertThat(booking.poolName()).isEqualTo(warmPool.getName());
            assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        });
        // The page now shows the booking among theirs.
        assertThat(_get(UnorderedList.class, spec -> spec.withId("participant-bookings")).getElement()
                .getTextRecursively()).contains(warmPool.getName());
    }

    @Test
    void aRedFlagTickShowsTheSeekMedicalCareAlertAtOnceAndNoClassCanBeBooked() {
        navigate("walk-in");
        Div alert = _get(Div.class, spec -> spec.withId("red-flag-alert"));
        assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(alert.getElement().getTextRecursively()).isEmpty();

        @SuppressWarnings("unchecked")
        CheckboxGroup<RedFlag> redFlags = _get(CheckboxGroup.class, spec -> spec.withId("walk-in-red-flags"));
        _setValue(redFlags, java.util.Set.of(RedFlag.SADDLE_NUMBNESS));

        String warning = alert.getElement().getTextRecursively();
        assertThat(warning).contains("Please seek medical care now").contains("01632 960 123").contains("999");

        fillInWho(name);
        type(_get(IntegerField.class, spec -> spec.withId("walk-in-pain")), 4);
        choose(radio("How long have you had this pain?"), PainDuration.LESS_THAN_2_WEEKS);
        choose(radio("What is the main cause of your pain?"), Condition.HERNIATED_DISC);
        choose(_get(Checkbox.class, spec -> spec.withId("no-contraindication")), true);
        choose(radio("How do you get into a pool?"), false);
        click(_get(Button.class, spec -> spec.withText("Register and screen")));

        assertThat(_get(Div.class, spec -> spec.withId("screening-outcome")).getElement().getAttribute("role"))
                .isEqualTo("alert");
        _assertNone(Div.class, spec -> spec.withId("walk-in-classes"));
        assertThat(_find(Button.class)).noneMatch(button -> button.getText().startsWith("Book")
                || button.getText().startsWith("Put "));
        HealthRecord record = records.record(participantId());
        assertThat(record.redFlag()).isTrue();
        assertThat(record.mayBook()).isFalse();
        assertThat(bookingLists.bookingsOf(participantId()).upcoming()).isEmpty();
    }

    @Test
    void aMissingNameAndPainOutOfRangeAreRefusedAtTheFieldsAndNothingIsSaved() {
        navigate("walk-in");
        fillInWho("");
        answerTheScreening(11);

        click(_get(Button.class, spec -> spec.withText("Register and screen")));

        TextField fullName = _get(TextField.class, spec -> spec.withLabel("Full name"));
        assertThat(fullName.isInvalid()).isTrue();
        assertThat(fullName.getErrorMessage()).isEqualTo("Enter your full name");
        IntegerField pain = _get(IntegerField.class, spec -> spec.withId("walk-in-pain"));
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).isEqualTo("Enter a number from 0 (no pain) to 10 (the worst pain)");
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Nothing was saved yet. Please correct the "
                + "fields marked in red (Full name; How strong is your pain right now?): each says what to change."));
        assertThat(_get(Button.class, spec -> spec.withText("Register and screen")).isEnabled()).isTrue();
        _assertNone(H2.class, spec -> spec.withId("walk-in-registered"));
        assertThat(records.search(phone, PageRequest.of(0, 5))).isEmpty();
        // What was typed stays, to be corrected.
        assertThat(pain.getValue()).isEqualTo(11);
    }

    @Test
    void whenTheLastPlaceGoesBeforeTheBookingClickTheWalkInStaysRegisteredAndScreened() {
        login("admin@warmpool.example", Role.ADMIN);
        ScheduledSession onePlace = bookingData.levelTwo(1, 5, "07:15");
        login(DESK, Role.FRONT_DESK);
        navigate("walk-in");
        fillInWho(name);
        answerTheScreening(3);
        click(_get(Button.class, spec -> spec.withText("Register and screen")));
        ListItem card = recommendedCardIn(onePlace.poolName());
        // Someone else takes the last place while the desk is still talking to the walk-in.
        ParticipantTestData.Registered quicker = bookingData.cleared("Quinn Quicker");
        BookingTestData.as(quicker, () -> bookings.bookForMe(onePlace.id(), false));

        click(_get(card, Button.class, spec -> spec.withText("Book for " + name)));

        assertThat(notificationTexts()).anyMatch(text -> text.contains("The last place in this class has just gone"));
        long id = participantId();
        assertThat(records.record(id).mayBook()).isTrue();
        assertThat(records.record(id).latest().orElseThrow().getPainNow()).isEqualTo(3);
        assertThat(bookingLists.bookingsOf(id).upcoming()).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("walk-in-registered")).getText())
                .isEqualTo(name + " is registered and screened");
        // The list is drawn again: the class is now offered as a waitlist place.
        assertThat(_get(recommendedCardIn(onePlace.poolName()), Button.class,
                spec -> spec.withText("Put " + name + " on the waitlist")).isEnabled()).isTrue();
    }

    /** Pain as given, for 2 to 11 weeks, spinal stenosis, no red flag or contraindication, steps into the pool. */
    private void answerTheScreening(int pain) {
        type(_get(IntegerField.class, spec -> spec.withId("walk-in-pain")), pain);
        choose(radio("How long have you had this pain?"), PainDuration.TWO_TO_11_WEEKS);
        choose(radio("What is the main cause of your pain?"), Condition.SPINAL_STENOSIS);
        choose(_get(Checkbox.class, spec -> spec.withId("no-red-flag")), true);
        choose(_get(Checkbox.class, spec -> spec.withId("no-contraindication")), true);
        choose(radio("How do you get into a pool?"), false);
    }

    private void fillInWho(String fullName) {
        type(_get(TextField.class, spec -> spec.withLabel("Full name")), fullName);
        type(_get(TextField.class, spec -> spec.withLabel("Phone (optional)")), phone);
        type(_get(DatePicker.class, spec -> spec.withLabel("Date of birth")), LocalDate.of(1956, 4, 2));
        type(_get(TextField.class, spec -> spec.withLabel("Emergency contact: name")), "Walt Walkin");
        type(_get(TextField.class, spec -> spec.withLabel("Emergency contact: phone")), "0161 496 0777");
        choose(_get(Checkbox.class, spec -> spec.withId("consent")), true);
    }

    private long participantId() {
        List<ParticipantSummary> found = records.search(phone, PageRequest.of(0, 5));
        assertThat(found).hasSize(1);
        return found.get(0).id();
    }

    /** Typed at the keyboard: not a click. */
    private static <C extends com.vaadin.flow.component.Component & HasValue<?, V>, V> void type(C field, V value) {
        _setValue(field, value);
    }

    private <C extends com.vaadin.flow.component.Component & HasValue<?, V>, V> void choose(C field, V value) {
        clicks++;
        _setValue(field, value);
    }

    private void click(Button button) {
        clicks++;
        _click(button);
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    /** The card of this test's class; the list shows the first few, so "Show more" counts as a click when needed. */
    private ListItem recommendedCardIn(String poolName) {
        while (!_find(Button.class, spec -> spec.withId("show-more")).isEmpty()) {
            UnorderedList shown = _get(UnorderedList.class, spec -> spec.withId("recommended"));
            if (_find(shown, ListItem.class).stream()
                    .anyMatch(card -> card.getElement().getTextRecursively().contains(poolName))) {
                break;
            }
            click(_get(Button.class, spec -> spec.withId("show-more")));
        }
        UnorderedList recommended = _get(UnorderedList.class, spec -> spec.withId("recommended"));
        List<ListItem> cards = _find(recommended, ListItem.class).stream()
                .filter(card -> card.getElement().getTextRecursively().contains(poolName)).toList();
        assertThat(cards).as("recommended cards in " + poolName).hasSize(1);
        return cards.get(0);
    }

    static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
