package org.warmpool.instructor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.base.ui.Notifications;
import org.warmpool.instructor.InstructorService;
import org.warmpool.security.AppUser;

/** A new instructor: their account (e-mail, first password) and profile in one step. */
class NewInstructorDialog extends Dialog {

    NewInstructorDialog(InstructorService instructors, Runnable saved) {
        setHeaderTitle("New instructor");
        TextField name = new TextField("Name");
        name.setRequired(true);
        name.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
        EmailField email = new EmailField("E-mail");
        email.setRequired(true);
        TextField phone = new TextField("Phone");
        PasswordField password = new PasswordField("First password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters. Tell it to the instructor in person.");
        password.setRequired(true);
        add(new FormLayout(name, email, phone, password));
        Button save = new Button("Save", click -> {
            instructors.create(name.getValue(), email.getValue(), phone.getValue(), password.getValue());
            Notifications.success(name.getValue().strip() + " can now log in as an instructor.");
            close();
            saved.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(40rem, 100vw)");
    }
}
