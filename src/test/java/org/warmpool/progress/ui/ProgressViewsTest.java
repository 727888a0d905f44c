package org.warmpool.progress.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.participant.AuditEntry;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.progress.PainCheckInService;
import org.warmpool.progress.PainRow;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

class ProgressViewsTest extends KaribuTest {

    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    PainCheckInService painCheckIns;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TestClock clock;

    @Test
    void theInstructorEntersPainBeforeAndAfterAndAFlareShowsAtOnce() {
        Instructor teacher = asStaff(() -> instructors.qualified("Poolside Teacher"));
        Registered gil = data.cleared("Gil Poolside");
        ScheduledSession session = classes.pastClass(2, 1, teacher, gil);
        login(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), Role.INSTRUCTOR);

        navigate("pain-check-in/" + session.id());
        _get(Span.class, spec -> spec.withText(gil.name()));
        IntegerField before = _get(IntegerField.class, spec -> spec.withLabel("Pain before"));
        IntegerField after = _get(IntegerField.class, spec -> spec.withLabel("Pain after"));
        assertThat(before.getAriaLabel()).contains("Pain before, " + gil.name());
        _setValue(before, 3);
        _assertNone(Span.class, spec -> spec.withClasses("flare"));
        _setValue(after, 6);

        assertThat(_get(Span.class, spec -> spec.withClasses("flare")).getText())
                .isEqualTo("Flare: pain 3 higher after class");
        List<PainRow> saved = asStaff(() -> painCheckIns.sheet(session.id())).rows();
        assertThat(saved).singleElement().satisfies(row -> {
            assertThat(row.before()).isEqualTo(3);
            assertThat(row.after()).isEqualTo(6);
        });

        navigate("pain-check-in/" + session.id());
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Pain before")).getValue()).isEqualTo(3);
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Pain after")).getValue()).isEqualTo(6);
        _get(Span.class, spec -> spec.withText("Flare: pain 3 higher after class"));
    }

    @Test
    void anHourBeforeTheClassThePainCheckInSaysWhenItOpensAndItsFieldsAreGreyedOut() {
        Instructor teacher = asStaff(() -> instructors.qualified("Early Teacher"));
        Registered ida = data.cleared("Ida Early");
        ScheduledSession session = classes.pastClass(2, 1, teacher, ida);
        java.time.Instant start = data.startOf(session);
        clock.moveTo(start.minus(java.time.Duration.ofHours(1)));
        login(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), Role.INSTRUCTOR);

        navigate("pain-check-in/" + session.id());

        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Pain can be entered from "
                + start.minus(java.time.Duration.ofMinutes(30)).atZone(clock.getZone())
                        .format(org.warmpool.base.ClinicFormats.DAY_SHORT_TIME)
                + ", 30 minutes before the class starts."));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Pain before")).isEnabled()).isFalse();
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Pain after")).isEnabled()).isFalse();
    }

    @Test
    void theInstructorReachesThePainCheckInFromTheirRoster() {
        Instructor teacher = asStaff(() -> instructors.qualified("Roster Link Teacher"));
        Registered joy = data.cleared("Joy Rostered");
        ScheduledSession session = classes.pastClass(2, 1, teacher, joy);
        login(teacher.getUser().getId(), teacher.getEmail(), teacher.getName(), Role.INSTRUCTOR);

        navigate("roster/" + session.id());
        _click(_get(Button.class, spec -> spec.withId("pain-check-in")));

        _get(Span.class, spec -> spec.withText(joy.name()));
        _get(IntegerField.class, spec -> spec.withLabel("Pain before"));
    }

    @Test
    void myProgressShowsTheNumbersEnteredInATableAndAChartWithATextAlternative() {
        Registered hal = data.cleared("Hal Progress");
        classes.classesWithPain(hal, 2, 9, "5-3 4-6");
        login(hal.userId(), hal.email(), hal.name(), Role.PARTICIPANT);

        navigate("my-progress");

        NativeTable table = _get(NativeTable.class, spec -> spec.withId("pain-table"));
        List<String> rows = table.getBody().getRows().stream()
                .map(row -> row.getDataCells().stream().skip(1).map(cell -> cell.getElement().getTextRecursively())
                        .toList().toString())
                .toList();
        assertThat(rows).containsExactly("[Level 2 Stretch & Strengthen, 4, 6, +2 (clear rise)]",
                "[Level 2 Stretch & Strengthen, 5, 3, -2 (clear fall)]");
        assertThat(_get(Svg.class, spec -> spec.withId("pain-chart")).getElement().getProperty("innerHTML", ""))
                .contains("role=\"img\"").contains("+2").contains("-2");
        assertThat(_get(Paragraph.class, spec -> spec.withId("chart-summary")).getText())
                .startsWith("The chart shows pain before and after the last 2 classes")
                .contains("2 classes changed pain by 2 points or more");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("classes-per-level")).getElement()
                .getTextRecursively()).contains("Level 2 Stretch & Strengthen: 2 classes");
        assertThat(_get(Paragraph.class, spec -> spec.withId("current-level")).getText())
                .startsWith("No level is set for you yet");
    }

    @Test
    void theFrontDeskAcceptsASuggestionOnTheParticipantsProgressPageAndTheViewIsAudited() {
        Registered ida = data.cleared("Ida Accepted");
        classes.classesWithPain(ida, 2, 16, "3-6 3-5");
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("participant-progress/" + ida.participantId());

        assertThat(_get(H1.class, spec -> spec.withText("Progress of " + ida.name())).isVisible()).isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("suggestion")).getElement().getTextRecursively())
                .contains("Suggestion: Move down to Level 1 Gentle Mobility");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note (optional)")), "Agreed after class");
        _click(_get(Button.class, spec -> spec.withText("Accept")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("current-level")).getText())
                .startsWith("Level: Level 1 Gentle Mobility");
        _assertNone(Div.class, spec -> spec.withId("suggestion"));
        assertThat(notificationTexts()).anyMatch(text -> text.startsWith("Accepted."));
        login("admin@warmpool.example", Role.ADMIN);
        assertThat(auditTrail.of(ida.participantId())).extracting(AuditEntry::getAction)
                .contains("VIEWED_PROGRESS", "ACCEPTED_PROGRESSION");
    }

    @Test
    void anotherParticipantAndAnInstructorNotTeachingThemSeePageNotAvailable() {
        Instructor stranger = asStaff(() -> instructors.qualified("Not Their Teacher"));
        Registered joy = data.cleared("Joy Private");
        Registered kit = data.cleared("Kit Nosy");
        classes.classesWithPain(joy, 2, 3, "5-4");

        login(kit.userId(), kit.email(), kit.name(), Role.PARTICIPANT);
        navigate("participant-progress/" + joy.participantId());
        assertPageNotAvailable();

        login(stranger.getUser().getId(), stranger.getEmail(), stranger.getName(), Role.INSTRUCTOR);
        navigate("participant-progress/" + joy.participantId());
        assertPageNotAvailable();
        _assertNone(NativeTable.class);
    }

    private static void assertPageNotAvailable() {
        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        _assertNone(ParticipantProgressView.class);
    }
}
