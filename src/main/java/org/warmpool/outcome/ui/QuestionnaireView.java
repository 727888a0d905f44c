package org.warmpool.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.outcome.Oswestry;
import org.warmpool.outcome.Outcomes;
import org.warmpool.outcome.Questionnaire;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.outcome.RolandMorris;
import org.warmpool.security.Roles;

/**
 * The participant's back-pain questionnaire, the one the clinic chose, made for a phone: Roland-Morris
 * as 24 yes-or-no questions, Oswestry as 10 sections of six statements (up to 2 may be skipped).
 * Sending saves the answers with their score and opens My progress.
 */
@Route(value = "questionnaire", layout = MainLayout.class)
@PageTitle("Questionnaire | Warmpool")
@RolesAllowed(Roles.PARTICIPANT)
public class QuestionnaireView extends Main {

    static final String ANSWER_EACH = "Choose yes or no";
    static final String CHOOSE_ONE = "Choose the statement that fits best, or skip at most "
            + Oswestry.MAX_SKIPPED + " sections";

    private final transient QuestionnaireService questionnaires;
    private final List<RadioButtonGroup<Boolean>> statements = new ArrayList<>();
    private final List<RadioButtonGroup<Integer>> sections = new ArrayList<>();

    public QuestionnaireView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("home-view");
        addClassName("questionnaire-view");
        Outcomes.Due due;
        try {
            due = questionnaires.myDue();
        } catch (RuleViolationException noRecord) {
            add(new H1("Questionnaire"), new Paragraph(noRecord.getMessage()));
            return;
        }
        add(new H1("How your back affects you"));
        if (!due.intakeSent()) {
            add(new Paragraph("Please first tell us about your pain. The questionnaire comes after that."),
                    new Anchor("intake", "Tell us about your pain"));
            return;
        }
        add(new Paragraph(due.due() ? "Your questionnaire is due. " + due.reason()
                : "You can answer it again at any time. " + due.reason()));
        if (due.kind() == Questionnaire.RMDQ) {
            rolandMorris();
        } else {
            oswestry();
        }
        add(new Paragraph("Your answers are private: you, the front desk and your instructors see them, and each "
                + "time staff open them it is written in \"Who has seen my record\". This is not a medical "
                + "assessment."));
        Button send = new Button("Send my answers", click -> send(due.kind()));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setId("send-questionnaire");
        add(send);
    }

    private void rolandMorris() {
        add(new Paragraph("When your back hurts, you may find it hard to do some of the things you normally do. "
                + "For each sentence, answer Yes if it describes you today, and No if it does not."));
        Div list = new Div();
        list.addClassName("questionnaire-items");
        for (int i = 0; i < RolandMorris.ITEMS; i++) {
            RadioButtonGroup<Boolean> statement = new RadioButtonGroup<>((i + 1) + ". "
                    + QuestionnaireItems.ROLAND_MORRIS.get(i));
            statement.setItems(true, false);
            statement.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
            statement.setRequiredIndicatorVisible(true);
            statement.setErrorMessage(ANSWER_EACH);
            statement.addClassName("yes-no");
            statement.addValueChangeListener(e -> statement.setInvalid(false));
            statements.add(statement);
            list.add(statement);
        }
        add(list);
    }

    private void oswestry() {
        add(new Paragraph("In each section, choose the one statement that describes you best today. If two fit, "
                + "choose the one further down. You may skip up to " + Oswestry.MAX_SKIPPED + " sections that do "
                + "not apply to you; with more skipped no score can be given."));
        Div list = new Div();
        list.addClassName("questionnaire-items");
        for (int i = 0; i < Oswestry.SECTIONS; i++) {
            QuestionnaireItems.Section section = QuestionnaireItems.OSWESTRY.get(i);
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>((i + 1) + ". " + section.title());
            group.setItems(IntStream.rangeClosed(0, Oswestry.MAX_PER_SECTION).boxed().toList());
            group.setItemLabelGenerator(section.statements()::get);
            group.setErrorMessage(CHOOSE_ONE);
            group.addClassName("statements");
            group.addValueChangeListener(e -> sections.forEach(s -> s.setInvalid(false)));
            sections.add(group);
            list.add(group);
        }
        add(list);
    }

    private void send(Questionnaire kind) {
        Outcomes.Score score;
        try {
            if (kind == Questionnaire.RMDQ) {
                List<RadioButtonGroup<Boolean>> missing = statements.stream().filter(s -> s.getValue() == null)
                        .toList();
                if (!missing.isEmpty()) {
                    missing.forEach(s -> s.setInvalid(true));
                    missing.get(0).scrollIntoView();
                    Notifications.problem(missing.size() == 1 ? "One sentence has no answer yet: it is marked."
                            : missing.size() + " sentences have no answer yet: they are marked.");
                    return;
                }
                score = questionnaires.answerRolandMorris(statements.stream().map(RadioButtonGroup::getValue)
                        .toList());
            } else {
                List<RadioButtonGroup<Integer>> skipped = sections.stream().filter(s -> s.getValue() == null)
                        .toList();
                if (skipped.size() > Oswestry.MAX_SKIPPED) {
                    skipped.forEach(s -> s.setInvalid(true));
                    skipped.get(0).scrollIntoView();
                    Notifications.problem(skipped.size() + " sections are skipped: please answer at least "
                            + (Oswestry.SECTIONS - Oswestry.MAX_SKIPPED) + " of the " + Oswestry.SECTIONS + ".");
                    return;
                }
                score = questionnaires.answerOswestry(sections.stream().map(RadioButtonGroup::getValue).toList());
            }
        } catch (RuleViolationException refused) {
            Notifications.problem(refused.getMessage());
            return;
        }
        Notifications.success("Thank you. Your " + kind.label() + " score: " + score.shown()
                + (kind == Questionnaire.RMDQ ? " of " + RolandMorris.MAX_SCORE : "") + ".");
        getUI().ifPresent(ui -> ui.navigate("my-progress"));
    }
}
