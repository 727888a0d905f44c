package org.warmpool.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.outcome.ui.OutcomeScores;
import org.warmpool.participant.ui.ParticipantPage;
import org.warmpool.progress.Progress;
import org.warmpool.progress.ProgressService;
import org.warmpool.security.Roles;

/**
 * A participant's progress for the front desk, administrators and the participant's instructors,
 * who accept or dismiss a suggestion here and can ask for the back-pain questionnaire again. Opening it is written to the audit log; anyone else
 * gets "Page not available".
 */
@Route(value = "participant-progress", layout = MainLayout.class)
@PageTitle("Progress | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
public class ParticipantProgressView extends ParticipantPage implements ProgressPanel.Decisions {

    private final transient ProgressService progress;
    private final transient QuestionnaireService questionnaires;

    public ParticipantProgressView(ProgressService progress, QuestionnaireService questionnaires) {
        this.progress = progress;
        this.questionnaires = questionnaires;
    }

    @Override
    protected void draw(long participantId) {
        Progress shown = progress.of(participantId);
        add(new H1("Progress of " + shown.participantName()), new ProgressPanel(shown, false, this),
                new OutcomeScores(questionnaires.of(participantId), false));
        Button askAgain = new Button("Ask for the questionnaire again", click -> {
            questionnaires.askAgain(participantId);
            show();
            Notifications.success("Asked. The participant sees \"Your questionnaire is due\" on their pages.");
        });
        askAgain.setId("ask-questionnaire-again");
        add(askAgain);
    }

    @Override
    public void accept(long suggestionId, String note) {
        progress.accept(suggestionId, note);
        show();
        Notifications.success("Accepted. Recommended classes follow the new level from now on.");
    }

    @Override
    public void dismiss(long suggestionId, String note) {
        progress.dismiss(suggestionId, note);
        show();
        Notifications.success("Dismissed. It comes back only if new pain numbers suggest it again.");
    }
}
