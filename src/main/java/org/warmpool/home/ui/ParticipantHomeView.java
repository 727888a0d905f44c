package org.warmpool.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.outcome.Outcomes;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.ScreeningOutcome;
import org.warmpool.participant.ui.IntakeView;
import org.warmpool.participant.ui.OutcomePanels;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/** A participant's start page: where they stand, and the next thing to do. */
@Route(value = "me", layout = MainLayout.class)
@PageTitle("My Warmpool | Warmpool")
@Menu(order = 3, title = "My Warmpool", icon = "vaadin:home")
@RolesAllowed(Roles.PARTICIPANT)
public class ParticipantHomeView extends Main {

    public ParticipantHomeView(CurrentUser currentUser, ClearanceService clearances,
            QuestionnaireService questionnaires) {
        addClassName("home-view");
        add(new Paragraph("Welcome, " + currentUser.displayName() + "."));
        Optional<ScreeningOutcome> outcome;
        try {
            outcome = clearances.myOutcome();
        } catch (RuleViolationException noRecord) {
            add(new Paragraph(noRecord.getMessage()));
            return;
        }
        if (outcome.isEmpty()) {
            add(new Paragraph("First, tell us about your pain. It takes about five minutes, and you can stop and "
                    + "come back at any time."));
            Button start = new Button("Tell us about your pain",
                    click -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(start);
            return;
        }
        add(OutcomePanels.of(outcome.get(), "classes"));
        Outcomes.Due questionnaire = questionnaires.myDue();
        if (questionnaire.due()) {
            Anchor answer = new Anchor("questionnaire", "Your questionnaire is due: answer it now (about 5 minutes)");
            answer.setId("questionnaire-due-link");
            add(new Paragraph(answer));
        }
        Anchor myBookings = new Anchor("my-bookings", "My bookings: the classes you booked, and cancelling");
        myBookings.setId("my-bookings-link");
        add(new Paragraph(myBookings));
        Anchor seen = new Anchor("who-has-seen-my-record", "Who has seen my record");
        seen.setId("seen-my-record-link");
        add(new Paragraph(seen));
        add(new Button("My pain has changed: update my answers",
                click -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class))));
    }
}
