package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.account.AccountInvitations;
import org.warmpool.base.ui.Notifications;
import org.warmpool.security.Role;
import org.warmpool.security.StaffAccount;
import org.warmpool.security.StaffAccountService;

/** One staff account: its roles, switching it off or on, a new password link or invitation. */
class StaffAccountDialog extends Dialog {

    private final transient StaffAccountService staff;
    private final transient AccountInvitations invitations;
    private final long userId;
    private final Runnable changed;
    private final Div content = new Div();

    StaffAccountDialog(StaffAccountService staff, AccountInvitations invitations, long userId, Runnable changed) {
        this.staff = staff;
        this.invitations = invitations;
        this.userId = userId;
        this.changed = changed;
        add(content);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(40rem, 100vw)");
        staff.list().stream().filter(a -> a.userId() == userId).findFirst().ifPresent(this::show);
    }

    private void show(StaffAccount account) {
        setHeaderTitle(account.name());
        content.removeAll();
        Paragraph about = new Paragraph(account.email() + ". Roles: " + StaffAccountsView.roles(account)
                + ". Status: " + StaffAccountsView.status(account) + ".");
        about.setId("staff-account-summary");
        content.add(about, roles(account), status(account), password(account));
    }

    private void changed(StaffAccount account, String message) {
        Notifications.success(message);
        changed.run();
        show(account);
    }

    private Div roles(StaffAccount account) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Staff roles");
        roles.setItems(Role.FRONT_DESK, Role.ADMIN);
        roles.setItemLabelGenerator(Role::label);
        Set<Role> current = EnumSet.noneOf(Role.class);
        account.roles().stream().filter(StaffAccountService.STAFF_ROLES::contains).forEach(current::add);
        roles.setValue(current);
        roles.setHelperText("The instructor role is given on the Instructors page. The person's open sessions end, "
                + "so they log in again with the new roles.");
        Button save = new Button("Save roles", click -> {
            StaffAccount saved = staff.changeStaffRoles(userId, roles.getValue());
            changed(saved, "Roles of " + saved.name() + " saved: " + StaffAccountsView.roles(saved) + ".");
        });
        Div section = new Div(new H3("Roles"), roles, save);
        section.addClassName("inline-row");
        return section;
    }

    private Div status(StaffAccount account) {
        Button toggle;
        if (account.enabled()) {
            toggle = new Button("Switch account off", click -> {
                StaffAccount saved = staff.setEnabled(userId, false);
                changed(saved, saved.name() + "'s account is switched off: they cannot log in, and any open "
                        + "session ends at its next step.");
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        } else {
            toggle = new Button("Switch account on", click -> {
                StaffAccount saved = staff.setEnabled(userId, true);
                changed(saved, saved.name() + "'s account is switched on again.");
            });
        }
        toggle.setId("toggle-account");
        return new Div(new H3("Log in"), toggle);
    }

    private Div password(StaffAccount account) {
        if (!account.enabled()) {
            return new Div();
        }
        if (account.waitingForInvitation()) {
            Div section = new Div();
            Button again = new Button("Make a new invitation link", click -> {
                section.removeAll();
                section.add(new InvitationResult(invitations.inviteAgain(userId, AddressInUse.current())));
            });
            again.setTooltipText("The earlier invitation link stops working");
            section.add(new H3("Invitation"), again);
            return section;
        }
        return new Div(new H3("Password"), new ResetLinkButton(userId, account.name()));
    }
}
