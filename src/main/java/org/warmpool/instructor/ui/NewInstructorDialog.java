package org.warmpool.instructor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.account.ui.InvitationResult;
import org.warmpool.base.ui.Notifications;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.AppUser;
import org.warmpool.security.EmailAddress;

/**
 * A new instructor: their account and profile in one step. The instructor chooses their own
 * password with an invitation link, e-mailed or handed over.
 */
class NewInstructorDialog extends Dialog {

    NewInstructorDialog(InstructorService instructors, Runnable saved) {
        setHeaderTitle("New instructor");
        TextField name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
        EmailField email = new EmailField("E-mail");
        email.setRequired(true);
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setHelperText("They get an invitation to choose their own password.");
        TextField phone = new TextField("Phone");
        phone.setMaxLength(Instructor.PHONE_MAX_LENGTH);
        FormLayout form = new FormLayout(name, email, phone);
        add(form);
        Button cancel = new Button("Cancel", click -> close());
        Button save = new Button("Save", click -> {
            InstructorService.NewInstructor created = instructors.create(name.getValue(), email.getValue(),
                    phone.getValue(), AddressInUse.current());
            saved.run();
            if (created.invitation().mailed()) {
                Notifications.success(created.instructor().getName() + " is added. An invitation to choose a "
                        + "password was e-mailed to " + created.instructor().getEmail() + ".");
                close();
                return;
            }
            // E-mail is off: the link stays on screen until the administrator has passed it on.
            removeAll();
            add(new InvitationResult(created.invitation()));
            getFooter().removeAll();
            getFooter().add(new Button("Close", done -> close()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 100vw)");
    }
}
