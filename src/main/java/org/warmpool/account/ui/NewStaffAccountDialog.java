package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumSet;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.account.AccountInvitations;
import org.warmpool.account.InvitationLink;
import org.warmpool.base.ui.Notifications;
import org.warmpool.security.Role;

/** A new front desk or administrator account: name, e-mail and role; the person chooses their password. */
class NewStaffAccountDialog extends Dialog {

    NewStaffAccountDialog(AccountInvitations invitations, Runnable saved) {
        setHeaderTitle("New staff account");
        InviteeFields invitee = new InviteeFields(
                "They log in with it, and get an invitation to choose their own password.");
        RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
        role.setItems(Role.FRONT_DESK, Role.ADMIN);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.FRONT_DESK);
        role.setRequired(true);
        add(new FormLayout(invitee.name, invitee.email, role));
        Button save = new Button("Save and invite", click -> {
            InvitationLink invitation = invitations.createStaffAccount(invitee.name.getValue(),
                    invitee.email.getValue(),
                    role.getValue() == null ? EnumSet.noneOf(Role.class) : EnumSet.of(role.getValue()),
                    AddressInUse.current());
            saved.run();
            if (invitation.mailed()) {
                Notifications.success("Account made for " + invitation.name() + ". An invitation was e-mailed to "
                        + invitation.email() + ".");
                close();
                return;
            }
            InvitationResult.showIn(this, invitation);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }
}
