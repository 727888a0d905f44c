package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

@Route(value = "desk", layout = MainLayout.class)
@PageTitle("Front desk | Warmpool")
@Menu(order = 1, title = "Front desk", icon = "vaadin:desktop")
@RolesAllowed(Roles.FRONT_DESK)
public class FrontDeskHomeView extends Main {

    public FrontDeskHomeView(CurrentUser currentUser, Clock clock) {
        addClassName("home-view");
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
        add(new Paragraph("Welcome, " + currentUser.displayName() + ". Today is " + today + "."));
    }
}
