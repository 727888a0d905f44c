package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
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
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.security.Role;

/** The water temperature page: a reading, the classes it leaves too cold, and the one action. */
class WaterTemperatureViewTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private BookingListService bookingLists;
    @Autowired
    private TestClock clock;
    @Autowired
    private ClinicSettings clinic;

    private ScheduledSession cold;
    private ScheduledSession warm;
    private Registered ann;
    private Registered bob;

    /** A Level 2 class (needs 30 °C) tomorrow with two people booked, and a warm Level 2 class that day. */
    @BeforeEach
    void twoClassesTomorrow() {
        // A day no other test uses, so that the only warm classes that day are this test's.
        LocalDate tomorrow = LocalDate.now(clock).plusDays(2000 + ThreadLocalRandom.current().nextInt(3000));
        clock.moveTo(tomorrow.minusDays(1).atTime(12, 0).atZone(clinic.timeZone()).toInstant());
        cold = data.session(2, 4, tomorrow, "10:00");
        warm = data.session(2, 4, tomorrow, "11:00");
        ann = data.cleared("Ann Wet");
        bob = data.cleared("Bob Wet");
        for (Registered who : new Registered[] {ann, bob}) {
            asStaff(() -> bookings.bookFor(who.participantId(), cold.id(), true, null));
        }
    }

    private BigDecimalField measured() {
        return _get(BigDecimalField.class, spec -> spec.withLabel("Measured temperature (°C)"));
    }

    private void record(String celsius) {
        _setValue(measured(), new BigDecimal(celsius));
        _click(_get(Button.class, spec -> spec.withText("Record reading")));
    }

    @Test
    void theFrontDeskRecordsAColdReadingSeesTheClassItLeavesTooColdAndMovesItsPeopleToAWarmClass() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("water-temperature/" + cold.poolId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-cold-classes")).getText())
                .isEqualTo("The water is warm enough for every class until then.");

        record("28.5");

        assertThat(notificationTexts()).contains("28.5 °C recorded for " + cold.poolName() + ".");
        assertThat(_get(Paragraph.class, spec -> spec.withId("water-now")).getText()).startsWith("The water is 28.5 °C");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("cold-class-list")).getElement().getTextRecursively())
                .isEqualTo(cold.date().format(ClinicFormats.DAY_SHORT) + " at 10:00, Level 2 Stretch & Strengthen: "
                        + "needs 30.0 °C; 2 booked");
        assertThat(_get(NativeTable.class, spec -> spec.withId("temperature-table")).getElement()
                .getTextRecursively()).contains("28.5 °C").contains("34.0 °C");

        _click(_get(Button.class, spec -> spec.withText("Move people to warm classes")));
        _click(_get(Button.class, spec -> spec.withText("Move and cancel")));

        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("1 class cancelled: 2 people moved"));
        assertThat(asStaff(() -> schedule.get(cold.id())).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(asStaff(() -> schedule.get(warm.id())).seatsTaken()).isEqualTo(2);
        for (Registered moved : new Registered[] {ann, bob}) {
            assertThat(BookingTestData.as(moved, () -> bookingLists.myBookings()).upcoming()).singleElement()
                    .satisfies(booking -> {
                        assertThat(booking.date()).isEqualTo(cold.date());
                        assertThat(booking.sessionTitle()).isEqualTo("Level 2 Stretch & Strengthen");
                        assertThat(booking.poolName()).isNotEqualTo(cold.poolName());
                    });
        }
        _get(Paragraph.class, spec -> spec.withId("no-cold-classes"));
    }

    @Test
    void anInstructorRecordsAReadingAndIsToldToAskTheFrontDeskWithNoActionOffered() {
        login("ana@warmpool.example", Role.INSTRUCTOR);
        navigate("water-temperature/" + cold.poolId());

        record("29.0");

        assertThat(_get(UnorderedList.class, spec -> spec.withId("cold-class-list")).getElement().getTextRecursively())
                .contains("Level 2 Stretch & Strengthen");
        _get(Paragraph.class, spec -> spec.withText("Tell the front desk: they can move these classes' participants "
                + "to a warm class or cancel the classes."));
        _assertNone(Button.class, spec -> spec.withText("Move people to warm classes"));
        _assertNone(Button.class, spec -> spec.withId("cancel-cold"));
    }

    @Test
    void anEmptyOrImplausibleReadingIsExplainedAtTheFieldAndNothingIsRecorded() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("water-temperature/" + cold.poolId());

        _click(_get(Button.class, spec -> spec.withText("Record reading")));
        assertThat(measured().isInvalid()).isTrue();
        assertThat(measured().getErrorMessage()).isEqualTo("Enter the temperature you measured, for example 29.5");

        record("12.0");
        assertThat(measured().isInvalid()).isTrue();
        assertThat(measured().getErrorMessage()).contains("Between 20 and 40 °C");
        assertThat(_get(Paragraph.class, spec -> spec.withId("water-now")).getText()).startsWith("The water is 34.0 °C");
    }
}
