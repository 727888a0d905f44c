package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.warmpool.account.AccountInvitations;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.StaffAccount;
import org.warmpool.security.StaffAccountService;

/**
 * The administrator's list of staff and instructor accounts: roles, last login, status; new front
 * desk and administrator accounts by invitation; roles, switching off and on, reset links.
 */
@Route(value = "staff", layout = MainLayout.class)
@PageTitle("Staff accounts | Warmpool")
@Menu(order = 12.5, title = "Staff accounts", icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class StaffAccountsView extends Main {

    private final transient StaffAccountService staff;
    private final transient AccountInvitations invitations;
    private final ZoneId zone;
    private final Grid<StaffAccount> grid = new Grid<>(StaffAccount.class, false);

    public StaffAccountsView(StaffAccountService staff, AccountInvitations invitations, ClinicSettings clinic) {
        this.staff = staff;
        this.invitations = invitations;
        this.zone = clinic.timeZone();
        addClassName("list-view");
        Button add = new Button("New staff account", VaadinIcon.PLUS.create(),
                click -> new NewStaffAccountDialog(invitations, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setAriaLabel("Staff accounts");
        grid.addColumn(StaffAccount::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(StaffAccount::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(StaffAccountsView::roles).setHeader("Roles");
        grid.addColumn(this::lastLogin).setHeader("Last login");
        grid.addColumn(StaffAccountsView::status).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> new StaffAccountDialog(staff, invitations, click.getItem().userId(),
                this::refresh).open());
        add(new Paragraph("Everyone who works at the clinic and logs in. Choose a person to change their roles, "
                + "switch their account off or on, or make a link to choose a new password. Instructors are "
                + "added on the Instructors page."), add, grid);
        refresh();
    }

    static String roles(StaffAccount account) {
        return account.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    static String status(StaffAccount account) {
        if (!account.enabled()) {
            return "Switched off";
        }
        return account.waitingForInvitation() ? "Invitation not used yet" : "Active";
    }

    private String lastLogin(StaffAccount account) {
        return account.lastLoginAt() == null ? "Never"
                : account.lastLoginAt().atZone(zone).format(ClinicFormats.DAY_SHORT_YEAR) + ", "
                        + account.lastLoginAt().atZone(zone).format(ClinicFormats.TIME);
    }

    private void refresh() {
        grid.setItems(staff.list());
    }
}
