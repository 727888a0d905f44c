package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.security.Roles;

/** The front desk sees the classes recommended for a participant, as the participant would. */
@Route(value = "participant-classes", layout = MainLayout.class)
@PageTitle("Classes for a participant | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ParticipantClassesView extends Main implements HasUrlParameter<Long> {

    private final transient RecommendationService recommendations;
    private final RecommendationList list = new RecommendationList();

    public ParticipantClassesView(RecommendationService recommendations) {
        this.recommendations = recommendations;
        addClassName("home-view");
        add(list);
    }

    @Override
    public void setParameter(BeforeEvent event, Long participantId) {
        list.show(recommendations.forParticipant(participantId, RecommendationService.DEFAULT_DAYS),
                () -> recommendations.earliestSuitable(participantId));
    }
}
