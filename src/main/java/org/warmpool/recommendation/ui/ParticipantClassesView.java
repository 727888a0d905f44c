package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ui.ParticipantPage;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.security.Roles;

/**
 * The front desk sees a participant's bookings (and cancels them), then the classes recommended for
 * them, as the participant would, and books for them.
 */
@Route(value = "participant-classes", layout = MainLayout.class)
@PageTitle("Classes for a participant | Warmpool")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ParticipantClassesView extends ParticipantPage {

    private final transient RecommendationService recommendations;
    private final transient ParticipantRecordService participants;
    private final transient ClassBooking booking;

    public ParticipantClassesView(RecommendationService recommendations, ParticipantRecordService participants,
            ClassBooking booking) {
        this.recommendations = recommendations;
        this.participants = participants;
        this.booking = booking;
    }

    @Override
    protected void draw(long participantId) {
        String name = participants.summary(participantId).fullName();
        RecommendationList list = new RecommendationList();
        list.speakAbout(name);
        list.show(recommendations.forParticipant(participantId, RecommendationService.DEFAULT_DAYS),
                () -> recommendations.earliestSuitable(participantId),
                booking.forParticipant(participantId, name, this::show));
        // The bookings first (coming places and waitlist places, with cancel), then what to book.
        H2 bookings = new H2("Bookings of " + name);
        add(bookings, booking.bookingsOf(participantId, name, this::show), new H2("Classes for " + name), list);
    }
}
