package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.schedule.ui.MyScheduleView;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;

/**
 * The start page after logging in: sends each user on to the home of their main role
 * (a user with several roles lands on the one listed first).
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Warmpool")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver {

    private static final Map<Role, Class<? extends Main>> HOME_BY_ROLE = Map.of(
            Role.ADMIN, AdminHomeView.class,
            Role.FRONT_DESK, FrontDeskHomeView.class,
            Role.INSTRUCTOR, MyScheduleView.class,
            Role.PARTICIPANT, ParticipantHomeView.class);

    private final transient CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        add(new Paragraph("Your account has no role yet. Please ask the clinic to set it up."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role)) {
                event.forwardTo(HOME_BY_ROLE.get(role));
                return;
            }
        }
    }
}
