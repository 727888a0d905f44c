package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

@Route(value = "me", layout = MainLayout.class)
@PageTitle("My Warmpool | Warmpool")
@Menu(order = 3, title = "My Warmpool", icon = "vaadin:home")
@RolesAllowed(Roles.PARTICIPANT)
public class ParticipantHomeView extends Main {

    public ParticipantHomeView(CurrentUser currentUser) {
        addClassName("home-view");
        add(new Paragraph("Welcome, " + currentUser.displayName() + "."));
    }
}
