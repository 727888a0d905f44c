package org.warmpool.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

@Route(value = "desk", layout = MainLayout.class)
@PageTitle("Front desk | Warmpool")
@Menu(order = 1, title = "Front desk", icon = "vaadin:desktop")
@RolesAllowed(Roles.FRONT_DESK)
public class FrontDeskHomeView extends Main {

    public FrontDeskHomeView(CurrentUser currentUser, ScheduleService schedule, Clock clock) {
        addClassName("home-view");
        LocalDate today = LocalDate.now(clock);
        add(new Paragraph("Welcome, " + currentUser.displayName() + ". Today is "
                + today.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)) + "."));
        add(new H2("Today's classes"));
        List<ScheduledSession> todays = schedule.week(today, null).stream()
                .filter(session -> session.date().equals(today)).toList();
        if (todays.isEmpty()) {
            add(new Paragraph("No classes today."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("todays-classes");
        for (ScheduledSession session : todays) {
            String text = session.start() + "-" + session.end() + " " + session.levelTitle() + ", "
                    + session.poolName() + ", " + session.capacity() + " places"
                    + (session.cancelled() ? " (cancelled: " + session.cancelReason() + ")" : "");
            list.add(new ListItem(text));
        }
        add(list);
    }
}
