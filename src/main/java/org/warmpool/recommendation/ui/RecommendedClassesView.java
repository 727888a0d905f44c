package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.security.Roles;

/**
 * A participant's own recommended classes, each with a Book button (or what they booked), with
 * choices of day, time of day and level; the days are the clinic's (the injected clock's zone).
 * When someone else books or cancels a place on a class on screen, the list is read again. The page
 * keeps only the classes it shows (an open page per participant, thousands of classes on a chain).
 */
@Route(value = "classes", layout = MainLayout.class)
@PageTitle("Recommended classes | Warmpool")
@Menu(order = 3.5, title = "Recommended classes", icon = "vaadin:thumbs-up")
@RolesAllowed(Roles.PARTICIPANT)
public class RecommendedClassesView extends Main {

    private final transient RecommendationService recommendations;
    private final transient ClassBooking booking;
    private final RecommendationList list = new RecommendationList();
    private final transient LiveUpdates.Following following;

    public RecommendedClassesView(RecommendationService recommendations, ClassBooking booking, Clock clock,
            LiveUpdates live) {
        this.recommendations = recommendations;
        this.booking = booking;
        following = live.followClasses(this, changed -> show());
        addClassName("home-view");
        list.today(LocalDate.now(clock));
        // The classes' own headings are level 3: this one keeps the outline in order (axe: heading-order).
        H2 heading = new H2("Classes recommended for you");
        heading.addClassName("visually-hidden");
        add(heading, list);
        // The page follows the classes it shows; it keeps no others (they are read again when needed).
        list.onScreenChanged(following::classes);
        show();
    }

    private void show() {
        list.showReading(() -> recommendations.recommendedForMe(RecommendationService.DEFAULT_DAYS),
                () -> recommendations.forMe(RecommendationService.DEFAULT_DAYS).rejections(),
                recommendations::myEarliestSuitable, booking.forMe(this::show));
    }
}
