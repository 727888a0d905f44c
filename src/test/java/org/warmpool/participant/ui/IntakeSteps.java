package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;

/** What a user does and reads on the intake's steps, in their words. */
final class IntakeSteps {

    static final String PAIN_NOW = "How strong is your pain right now?";
    static final String PAIN_DURATION = "How long have you had this pain?";
    static final String CAUSE = "What is the main cause of your pain?";

    private IntakeSteps() {
    }

    static void answerPain(String pain, String duration) {
        choose(PAIN_NOW, pain);
        choose(PAIN_DURATION, duration);
    }

    /** Steps with a handrail, no deep water, Tuesdays and Thursdays in the morning. */
    static void answerAccess() {
        choose("How do you get into a pool?", "I can use steps with a handrail");
        choose("Are you comfortable in deep water, out of your depth, with a float belt?", "No");
        CheckboxGroupKt.selectByLabel(checkboxes("Which days suit you?"), "Tuesday", "Thursday");
        CheckboxGroupKt.selectByLabel(checkboxes("Which times suit you?"), "Morning (before 12:00)");
    }

    /** "No" to each yes/no question of the step not answered yet; returns how many questions the step asks. */
    static int answerEveryQuestionNo() {
        List<RadioButtonGroup<Boolean>> questions = questionGroups();
        questions.stream().filter(group -> group.getValue() == null)
                .forEach(group -> RadioButtonsKt.selectByLabel(group, "No"));
        return questions.size();
    }

    /** The yes/no questions on the step. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<RadioButtonGroup<Boolean>> questionGroups() {
        List<RadioButtonGroup> groups = _find(RadioButtonGroup.class);
        return groups.stream().map(group -> (RadioButtonGroup<Boolean>) group)
                .filter(group -> RadioButtonsKt.getItemLabels(group).equals(List.of("Yes", "No"))).toList();
    }

    static void choose(String question, String answer) {
        RadioButtonsKt.selectByLabel(radio(question), answer);
    }

    static void saveAndContinue() {
        _click(button("Save and continue"));
    }

    static void send() {
        _click(button("Send my answers"));
    }

    @SuppressWarnings("unchecked")
    static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    static <T> CheckboxGroup<T> checkboxes(String label) {
        return _get(CheckboxGroup.class, spec -> spec.withLabel(label));
    }

    static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    /** "Step 3 of 6: Safety questions", or "Your answers are saved." once sent. */
    static String progress() {
        return _get(Paragraph.class, spec -> spec.withId("intake-progress")).getText();
    }

    static Div outcome() {
        return _get(Div.class, spec -> spec.withId("screening-outcome"));
    }

    /** The outcome in words: the panel's first paragraph (the last says it is not medical advice). */
    static String outcomeMessage(Div outcome) {
        return _find(outcome, Paragraph.class).get(0).getText();
    }
}
