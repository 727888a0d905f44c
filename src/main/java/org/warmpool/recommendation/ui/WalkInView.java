package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.WalkInService;
import org.warmpool.participant.ui.OutcomePanels;
import org.warmpool.participant.ui.WalkInForm;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.security.Roles;

/**
 * Someone walks in: the front desk registers and screens them on one page, then sees on the same
 * page the classes they may book, best first with the reasons, and books one with one click.
 */
@Route(value = "walk-in", layout = MainLayout.class)
@PageTitle("Register a walk-in | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class WalkInView extends Main {

    private final transient RecommendationService recommendations;
    private final transient ClassBooking booking;
    private final Div result = new Div();

    public WalkInView(WalkInService walkIns, RecommendationService recommendations, ClassBooking booking,
            ClinicSettings clinic, Clock clock) {
        this.recommendations = recommendations;
        this.booking = booking;
        addClassName("home-view");
        result.setId("walk-in-result");
        WalkInForm form = new WalkInForm(walkIns, clinic, clock, registered -> {
            removeAll();
            add(new H1("Register a walk-in"), result);
            show(registered);
        });
        add(new H1("Register a walk-in"),
                new Paragraph("Ask the person each question and fill in their answers. Then \"Register and "
                        + "screen\" saves everything and shows the classes they may book."),
                form);
    }

    private void show(WalkInService.Registered registered) {
        result.removeAll();
        long id = registered.participantId();
        String name = registered.fullName();
        H2 done = new H2(name + " is registered and screened");
        done.setId("walk-in-registered");
        done.getElement().setAttribute("tabindex", "-1");
        Div links = new Div(new Anchor("participant/" + id, name + "'s page"),
                new Anchor("walk-in", "Register another walk-in"));
        links.addClassName("participant-actions");
        result.add(done, OutcomePanels.of(registered.outcome(), null), links);
        if (registered.outcome().mayBook()) {
            showClasses(id, name);
        }
        done.getElement().callJsFunction("focus");
    }

    /** The classes they may book, and what they have booked; drawn again after each booking. */
    private void showClasses(long id, String name) {
        Div classes = new Div();
        classes.setId("walk-in-classes");
        Runnable[] reload = new Runnable[1];
        reload[0] = () -> {
            classes.removeAll();
            RecommendationList list = new RecommendationList();
            list.speakAbout(name);
            list.show(recommendations.forParticipant(id, RecommendationService.DEFAULT_DAYS),
                    () -> recommendations.earliestSuitable(id), booking.forParticipant(id, name, reload[0]));
            // Someone new has nothing booked yet: what to book comes first here, what they booked below.
            classes.add(new H2("Classes for " + name), list,
                    new H2("Bookings of " + name), booking.bookingsOf(id, name, reload[0]));
        };
        reload[0].run();
        result.add(classes);
    }
}
