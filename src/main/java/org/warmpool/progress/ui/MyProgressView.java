package org.warmpool.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.outcome.ui.OutcomeScores;
import org.warmpool.progress.ProgressService;
import org.warmpool.security.Roles;

/** The participant's own pain before and after each class, their level, any suggestion and questionnaire scores. */
@Route(value = "my-progress", layout = MainLayout.class)
@PageTitle("My progress | Warmpool")
@Menu(order = 3.65, title = "My progress", icon = "vaadin:chart-line")
@RolesAllowed(Roles.PARTICIPANT)
public class MyProgressView extends Main {

    public MyProgressView(ProgressService progress, QuestionnaireService questionnaires) {
        addClassName("home-view");
        add(new H1("My progress"), new ProgressPanel(progress.mine(), true, null),
                new OutcomeScores(questionnaires.mine(), true));
    }
}
