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
import java.util.Map;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.UserAccountService;

@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Clinic administration | Warmpool")
@Menu(order = 0, title = "Administration", icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class AdminHomeView extends Main {

    public AdminHomeView(CurrentUser currentUser, UserAccountService accounts) {
        addClassName("home-view");
        add(new Paragraph("Welcome, " + currentUser.displayName() + "."));
        add(new H2("Active accounts"));
        UnorderedList counts = new UnorderedList();
        counts.setId("account-counts");
        for (Map.Entry<Role, Long> entry : accounts.countActiveAccountsByRole().entrySet()) {
            counts.add(new ListItem(entry.getKey().label() + ": " + entry.getValue()));
        }
        add(counts);
    }
}
