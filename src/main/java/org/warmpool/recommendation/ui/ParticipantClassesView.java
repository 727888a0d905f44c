package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ui.ParticipantPage;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.security.Roles;

/**
 * The front desk sees a participant's bookings (and cancels them), then the classes recommended for
 * them, as the participant would, and books for them. When someone else books or cancels a place on
 * a class in the list, the page says so at once and offers to show the classes again: reading them
 * again reads the participant's health record, which is audited, so it happens only on request.
 */
@Route(value = "participant-classes", layout = MainLayout.class)
@PageTitle("Classes for a participant | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ParticipantClassesView extends ParticipantPage {

    private final transient RecommendationService recommendations;
    private final transient ParticipantRecordService participants;
    private final transient ClassBooking booking;
    private final transient LiveUpdates.Following following;
    /** The notice that places changed, while it shows. */
    private Div changedNotice;

    public ParticipantClassesView(RecommendationService recommendations, ParticipantRecordService participants,
            ClassBooking booking, LiveUpdates live) {
        this.recommendations = recommendations;
        this.participants = participants;
        this.booking = booking;
        following = live.followClasses(this, changed -> placesChanged());
    }

    private void placesChanged() {
        if (changedNotice != null) {
            return;
        }
        Button again = new Button("Show the classes as they are now", click -> show());
        again.setId("show-classes-again");
        changedNotice = new Div(new Paragraph("Someone booked or cancelled a place on a class in this list."), again);
        changedNotice.addClassName("banner");
        changedNotice.setId("places-changed");
        changedNotice.getElement().setAttribute("role", "status");
        addComponentAsFirst(changedNotice);
    }

    @Override
    protected void draw(long participantId) {
        String name = participants.summary(participantId).fullName();
        RecommendationList list = new RecommendationList();
        list.speakAbout(name);
        changedNotice = null;
        var result = recommendations.forParticipant(participantId, RecommendationService.DEFAULT_DAYS);
        following.classes(RecommendationList.classIds(result));
        list.show(result, () -> recommendations.earliestSuitable(participantId),
                booking.forParticipant(participantId, name, this::show));
        // The bookings first (coming places and waitlist places, with cancel), then what to book.
        H2 bookings = new H2("Bookings of " + name);
        add(bookings, booking.bookingsOf(participantId, name, this::show), new H2("Classes for " + name), list);
    }
}
