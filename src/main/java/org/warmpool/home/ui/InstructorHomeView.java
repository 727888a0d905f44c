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

@Route(value = "teaching", layout = MainLayout.class)
@PageTitle("My teaching | Warmpool")
@Menu(order = 2, title = "My teaching", icon = "vaadin:academy-cap")
@RolesAllowed(Roles.INSTRUCTOR)
public class InstructorHomeView extends Main {

    public InstructorHomeView(CurrentUser currentUser) {
        addClassName("home-view");
        add(new Paragraph("Welcome, " + currentUser.displayName() + "."));
    }
}
