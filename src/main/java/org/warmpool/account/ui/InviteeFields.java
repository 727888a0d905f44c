package org.warmpool.account.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.warmpool.security.AppUser;
import org.warmpool.security.EmailAddress;

/** The name and e-mail of a person invited to an account (a staff member or an instructor). */
public final class InviteeFields {

    public final TextField name = new TextField("Name");
    public final EmailField email = new EmailField("E-mail");

    /** @param emailHelp what the e-mail is for, under the field */
    public InviteeFields(String emailHelp) {
        name.setRequired(true);
        name.setMaxLength(AppUser.DISPLAY_NAME_MAX_LENGTH);
        email.setRequired(true);
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setHelperText(emailHelp);
    }
}
