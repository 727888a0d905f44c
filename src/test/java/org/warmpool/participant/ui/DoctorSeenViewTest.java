package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.RedFlag;
import org.warmpool.security.Role;

/** The front desk records that a doctor has seen someone with a red flag, on the participant's page. */
class DoctorSeenViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    private ParticipantTestData participants;
    @Autowired
    private ClearanceService clearances;
    @Autowired
    private Clock clock;

    private final String desk = "desk-" + UUID.randomUUID() + "@warmpool.example";
    private long id;

    @BeforeEach
    void aWalkInWithSciaticaInBothLegs() {
        login(desk, Role.FRONT_DESK);
        id = participants.walkIn("Bo Bothlegs");
        participants.sendIntake(id, Set.of(RedFlag.SCIATICA_BOTH_LEGS), Set.of());
        navigate("participant/" + id);
    }

    private static Div form() {
        return _get(Div.class, spec -> spec.withId("doctor-seen-form"));
    }

    private static void record() {
        _click(_get(form(), Button.class, spec -> spec.withText("Record that a doctor has seen them")));
    }

    @Test
    void theFrontDeskSeesTheRedFlagAndRecordsTheDoctorsVisitWhichOpensBookingAndKeepsTheAnswer() {
        assertThat(_get(Span.class, spec -> spec.withId("red-flag-badge")).getText())
                .isEqualTo("Red flag: refer to a doctor");
        LocalDate seenOn = LocalDate.now(clock).minusDays(1);

        _setValue(_get(form(), DatePicker.class, spec -> spec.withLabel("Date the doctor saw them")), seenOn);
        _setValue(_get(form(), TextField.class, spec -> spec.withLabel("Doctor's name")), "Dr Ada Okafor");
        _setValue(_get(form(), TextField.class, spec -> spec.withLabel("Note (optional)")), "Scan clear");
        record();

        assertThat(notificationTexts()).anyMatch(text -> text.contains("Recorded that a doctor has seen them"));
        _get(Span.class, spec -> spec.withText("May book"));
        _assertNone(Span.class, spec -> spec.withId("red-flag-badge"));
        _assertNone(Div.class, spec -> spec.withId("doctor-seen-form"));
        assertThat(_get(ListItem.class, spec -> spec.withId("doctor-seen")).getText())
                .isEqualTo("Seen by a doctor about the red flag on " + seenOn.format(DAY)
                        + ": Dr Ada Okafor (Scan clear). Recorded by " + desk + ".");
        assertThat(_get(ListItem.class, spec -> spec.withText(
                "Red flags: sciatica in both legs that is new or getting worse"))).isNotNull();
        assertThat(clearances.mayBook(id)).isTrue();
    }

    @Test
    void anEmptyFormOrADateInTheFutureIsMarkedAndNothingIsRecorded() {
        record();

        DatePicker seenOn = _get(form(), DatePicker.class, spec -> spec.withLabel("Date the doctor saw them"));
        TextField doctor = _get(form(), TextField.class, spec -> spec.withLabel("Doctor's name"));
        assertThat(seenOn.isInvalid()).isTrue();
        assertThat(doctor.isInvalid()).isTrue();
        assertThat(doctor.getErrorMessage()).isEqualTo("Enter the doctor's name");
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Please correct the highlighted fields:"));

        _setValue(seenOn, LocalDate.now(clock).plusDays(1));
        _setValue(doctor, "Dr Future");
        record();

        assertThat(seenOn.isInvalid()).isTrue();
        assertThat(seenOn.getErrorMessage()).isEqualTo("The date cannot be in the future");
        _get(Span.class, spec -> spec.withId("red-flag-badge"));
        assertThat(clearances.mayBook(id)).isFalse();
    }
}
