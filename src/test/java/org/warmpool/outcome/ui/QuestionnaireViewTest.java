package org.warmpool.outcome.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.booking.BookingTestData;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.progress.ui.MyProgressView;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

/** A participant answers the questionnaire on its page and sees the score on My progress. */
class QuestionnaireViewTest extends KaribuTest {

    @Autowired
    BookingTestData data;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ProgrammeSettingsService programme;

    @AfterEach
    void rolandMorrisAgain() {
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings current = programme.current();
            current.setOutcomeQuestionnaire(ProgrammeSettings.ROLAND_MORRIS);
            programme.save(current);
        });
    }

    @SuppressWarnings("unchecked")
    private static List<RadioButtonGroup<Boolean>> statements() {
        return (List<RadioButtonGroup<Boolean>>) (List<?>) _find(RadioButtonGroup.class);
    }

    @SuppressWarnings("unchecked")
    private static List<RadioButtonGroup<Integer>> sections() {
        return (List<RadioButtonGroup<Integer>>) (List<?>) _find(RadioButtonGroup.class);
    }

    @Test
    void rolandMorrisAnsweredYesOrNoShowsItsScoreOnMyProgress() {
        Registered ann = data.cleared("Ann Answers");
        login(ann.userId(), ann.email(), ann.name(), Role.PARTICIPANT);
        navigate("my-progress");
        _get(Div.class, spec -> spec.withId("questionnaire-due"));
        assertThat(_get(Anchor.class, spec -> spec.withId("questionnaire-link")).getHref()).isEqualTo("questionnaire");

        navigate("questionnaire");
        List<RadioButtonGroup<Boolean>> statements = statements();
        assertThat(statements).hasSize(24);
        assertThat(statements.get(0).getLabel()).isEqualTo("1. I spend most of the day at home because of my back.");
        // Two left unanswered: marked, nothing saved.
        for (int i = 0; i < 22; i++) {
            _setValue(statements.get(i), i < 7);
        }
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        assertThat(statements.get(22).isInvalid()).isTrue();
        assertThat(statements.get(22).getErrorMessage()).isEqualTo("Choose yes or no");
        assertThat(statements.get(21).isInvalid()).isFalse();
        assertThat(as(ann, () -> questionnaires.mine()).scores()).isEmpty();

        _setValue(statements.get(22), false);
        _setValue(statements.get(23), false);
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyProgressView.class);
        _assertNone(Div.class, spec -> spec.withId("questionnaire-due"));
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("outcome-table"));
        assertThat(table.getElement().getTextRecursively()).contains("Roland-Morris").contains("7 of 24");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("outcome-summary")).getText())
                .startsWith("Roland-Morris: 7 on ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void oswestryChosenUnderProgrammeRulesAllowsTwoSkippedSectionsAndShowsThePercentage() {
        login("admin@warmpool.example", Role.ADMIN);
        navigate("programme-rules");
        RadioButtonGroup<String> choice = _get(RadioButtonGroup.class,
                spec -> spec.withLabel("Questionnaire participants answer"));
        assertThat(choice.getValue()).isEqualTo(ProgrammeSettings.ROLAND_MORRIS);
        _setValue(choice, ProgrammeSettings.OSWESTRY);
        _click(_get(Button.class, spec -> spec.withText("Save the rules")));
        assertThat(programme.current().getOutcomeQuestionnaire()).isEqualTo(ProgrammeSettings.OSWESTRY);

        Registered oda = data.cleared("Oda Oswestry Form");
        login(oda.userId(), oda.email(), oda.name(), Role.PARTICIPANT);
        navigate("questionnaire");
        _get(Paragraph.class, spec -> spec.withText("In each section, choose the one statement that describes you "
                + "best today. If two fit, choose the one further down. You may skip up to 2 sections that do not "
                + "apply to you; with more skipped no score can be given."));
        List<RadioButtonGroup<Integer>> sections = sections();
        assertThat(sections).hasSize(10);
        assertThat(sections.get(0).getLabel()).isEqualTo("1. Pain right now");
        assertThat(sections.get(0).getItemLabelGenerator().apply(5))
                .isEqualTo("The pain is the worst I can imagine at the moment.");

        // Three skipped: refused, the skipped ones marked.
        for (int i = 0; i < 7; i++) {
            _setValue(sections.get(i), 2);
        }
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));
        assertThat(sections.get(9).isInvalid()).isTrue();
        assertThat(as(oda, () -> questionnaires.mine()).scores()).isEmpty();

        // Two skipped (sex life and travelling): 16 points of 40 possible.
        _setValue(sections.get(8), 2);
        _click(_get(Button.class, spec -> spec.withText("Send my answers")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyProgressView.class);
        assertThat(_get(NativeTable.class, spec -> spec.withId("outcome-table")).getElement().getTextRecursively())
                .contains("Oswestry").contains("40.0%");
    }

    @Test
    void staffAskForTheQuestionnaireAgainAndTheParticipantSeesItIsDue() {
        Registered ben = data.cleared("Ben Asked Again");
        as(ben, () -> questionnaires.answerRolandMorris(java.util.Collections.nCopies(24, false)));
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("participant-progress/" + ben.participantId());
        assertThat(_get(NativeTable.class, spec -> spec.withId("outcome-table")).getElement().getTextRecursively())
                .contains("0 of 24");
        _click(_get(Button.class, spec -> spec.withText("Ask for the questionnaire again")));
        assertThat(_get(Div.class, spec -> spec.withId("questionnaire-due")).getElement().getTextRecursively())
                .contains("The clinic asked for it again.");

        login(ben.userId(), ben.email(), ben.name(), Role.PARTICIPANT);
        navigate("me");
        _get(Anchor.class, spec -> spec.withId("questionnaire-due-link"));
        navigate("my-progress");
        assertThat(_get(Div.class, spec -> spec.withId("questionnaire-due")).getElement().getTextRecursively())
                .startsWith("Your questionnaire is due.");
    }
}
