package org.warmpool.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Optional;
import org.warmpool.security.PasswordPolicy;

/** "New password" and "The same password again", checked against the password policy as the person types. */
class NewPasswordFields extends Div {

    final PasswordField password = new PasswordField("New password");
    final PasswordField again = new PasswordField("The same password again");
    private final String email;
    private final String name;

    NewPasswordFields(String email, String name) {
        this.email = email;
        this.name = name;
        password.setHelperText(PasswordPolicy.HELPER_TEXT);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        again.setRequiredIndicatorVisible(true);
        again.setWidthFull();
        again.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        addClassName("form-fields");
        add(password, again);
    }

    /** Marks what is wrong; true when both fields are fine. */
    boolean validate() {
        password.setInvalid(false);
        again.setInvalid(false);
        Optional<String> problem = PasswordPolicy.problem(password.getValue(), email, name);
        if (problem.isPresent()) {
            password.setErrorMessage(problem.get());
            password.setInvalid(true);
            return false;
        }
        if (!password.getValue().equals(again.getValue())) {
            again.setErrorMessage("The two passwords are not the same. Please type it again.");
            again.setInvalid(true);
            return false;
        }
        return true;
    }

    /** A refusal of the service about the new password goes on its field; true when it did. */
    boolean showIfPolicy(String message) {
        if (PasswordPolicy.problem(password.getValue(), email, name).isPresent()
                || message.startsWith("The new password")) {
            password.setErrorMessage(message);
            password.setInvalid(true);
            return true;
        }
        return false;
    }

    String password() {
        return password.getValue();
    }
}
