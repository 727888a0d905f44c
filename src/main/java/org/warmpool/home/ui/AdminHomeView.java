package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.instructor.ExpiringCertificate;
import org.warmpool.instructor.InstructorService;
import org.warmpool.schedule.CoverNeed;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.UserAccountService;

/** What needs the administrator's attention: expiring certificates and sessions without a teacher. */
@Route(value = "admin", layout = MainLayout.class)
@PageTitle("Clinic administration | Warmpool")
@Menu(order = 0, title = "Administration", icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class AdminHomeView extends Main {

    static final int CERTIFICATE_WARNING_DAYS = 30;
    static final int UNSTAFFED_DAYS = 14;

    public AdminHomeView(CurrentUser currentUser, UserAccountService accounts, InstructorService instructors,
            StaffingService staffing) {
        addClassName("home-view");
        add(new Paragraph("Welcome, " + currentUser.displayName() + "."));

        add(new H2("Certificates expiring in the next " + CERTIFICATE_WARNING_DAYS + " days"));
        List<ExpiringCertificate> expiring = instructors.expiringWithin(CERTIFICATE_WARNING_DAYS);
        UnorderedList certificates = new UnorderedList();
        certificates.setId("expiring-certificates");
        expiring.forEach(c -> certificates.add(new ListItem(c.instructorName() + ": " + c.type().label()
                + " expires on " + c.expiresOn().format(ClinicFormats.DAY_SHORT_YEAR))));
        add(expiring.isEmpty() ? new Paragraph("None.") : certificates);

        add(new H2("Sessions without an instructor in the next " + UNSTAFFED_DAYS + " days"));
        List<CoverNeed> unstaffed = staffing.needingCover(UNSTAFFED_DAYS);
        UnorderedList sessions = new UnorderedList();
        sessions.setId("sessions-needing-cover");
        unstaffed.stream().limit(10).forEach(need -> sessions.add(new ListItem(
                need.session().date().format(ClinicFormats.DAY_SHORT_YEAR) + " "
                + need.session().start() + " " + need.session().levelTitle() + ", " + need.session().poolName()
                + ": " + need.reason())));
        add(unstaffed.isEmpty() ? new Paragraph("None: every session has an instructor.") : sessions);
        if (!unstaffed.isEmpty()) {
            add(new Anchor("cover", unstaffed.size() + " in all: find substitutes under Cover needed"));
        }

        add(new H2("Active accounts"));
        UnorderedList counts = new UnorderedList();
        counts.setId("account-counts");
        for (Map.Entry<Role, Long> entry : accounts.countActiveAccountsByRole().entrySet()) {
            counts.add(new ListItem(entry.getKey().label() + ": " + entry.getValue()));
        }
        add(counts);
    }
}
