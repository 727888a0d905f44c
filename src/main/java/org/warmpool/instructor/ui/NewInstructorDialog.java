package org.warmpool.instructor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.account.ui.InvitationResult;
import org.warmpool.account.ui.InviteeFields;
import org.warmpool.base.ui.Notifications;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;

/**
 * A new instructor: their account and profile in one step. The instructor chooses their own
 * password with an invitation link, e-mailed or handed over.
 */
class NewInstructorDialog extends Dialog {

    NewInstructorDialog(InstructorService instructors, Runnable saved) {
        setHeaderTitle("New instructor");
        InviteeFields invitee = new InviteeFields("They get an invitation to choose their own password.");
        TextField phone = new TextField("Phone");
        phone.setMaxLength(Instructor.PHONE_MAX_LENGTH);
        FormLayout form = new FormLayout(invitee.name, invitee.email, phone);
        add(form);
        Button cancel = new Button("Cancel", click -> close());
        Button save = new Button("Save", click -> {
            InstructorService.NewInstructor created = instructors.create(invitee.name.getValue(),
                    invitee.email.getValue(), phone.getValue(), AddressInUse.current());
            saved.run();
            if (created.invitation().mailed()) {
                Notifications.success(created.instructor().getName() + " is added. An invitation to choose a "
                        + "password was e-mailed to " + created.instructor().getEmail() + ".");
                close();
                return;
            }
            // E-mail is off: the link stays on screen until the administrator has passed it on.
            InvitationResult.showIn(this, created.invitation());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 100vw)");
    }
}
