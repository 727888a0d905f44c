package org.warmpool.participant.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import org.warmpool.base.ui.DateFields;
import org.warmpool.participant.Participant;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.security.EmailAddress;

/** The registration fields, for a self-registration (with password) or a walk-in (without). */
class RegistrationFields extends FormLayout {

    static final String CONSENT_TEXT = "I agree that the clinic stores my answers about my health (pain, "
            + "its cause, and the safety questions) to choose safe classes for me. Only I, the front desk and "
            + "my instructors can see them, and every time staff open them it is recorded. I can ask the "
            + "clinic to delete them.";

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("E-mail");
    final PasswordField password = new PasswordField("Password");
    final TextField phone = new TextField("Phone (optional)");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final TextField emergencyContactName = new TextField("Emergency contact: name");
    final TextField emergencyContactPhone = new TextField("Emergency contact: phone");
    final Checkbox consent = new Checkbox(CONSENT_TEXT);
    final BeanValidationBinder<RegistrationForm> binder = new BeanValidationBinder<>(RegistrationForm.class);

    RegistrationFields(boolean withPassword, LocalDate today) {
        // The fields check their own limits before the bean's constraints run: they need the same words,
        // or a refused field turns red without saying why.
        fullName.setMaxLength(Participant.NAME_MAX_LENGTH);
        fullName.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(atMost(Participant.NAME_MAX_LENGTH)));
        fullName.setHelperText("As you would like us to call you in class");
        email.setHelperText(withPassword ? "You will log in with it" : "Optional: needed for an account later");
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter an e-mail address like name@example.org")
                .setMaxLengthErrorMessage(atMost(EmailAddress.MAX_LENGTH)));
        password.setHelperText(PasswordPolicy.HELPER_TEXT);
        password.setVisible(withPassword);
        phone.setHelperText("So that we can tell you about cancellations");
        dateOfBirth.setMax(today.minusDays(1));
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n()
                .setMaxErrorMessage("The date of birth must be in the past"));
        dateOfBirth.setHelperText("Day/month/year, for example 14/03/1958");
        DateFields.clinic(dateOfBirth);
        emergencyContactName.setMaxLength(Participant.NAME_MAX_LENGTH);
        emergencyContactName.setI18n(new TextField.TextFieldI18n()
                .setMaxLengthErrorMessage(atMost(Participant.NAME_MAX_LENGTH)));
        emergencyContactPhone.setHelperText("Someone we may call if you feel unwell in class");
        consent.setId("consent");
        // @NotBlank is not shown as required by the binder on its own.
        fullName.setRequiredIndicatorVisible(true);
        emergencyContactName.setRequiredIndicatorVisible(true);
        emergencyContactPhone.setRequiredIndicatorVisible(true);
        consent.setRequiredIndicatorVisible(true);
        add(fullName, email, password, phone, dateOfBirth, emergencyContactName, emergencyContactPhone, consent);
        setColspan(consent, 2);

        if (withPassword) {
            binder.forField(email).asRequired("Enter your e-mail address")
                    .bind(RegistrationForm::getEmail, RegistrationForm::setEmail);
            binder.forField(password).asRequired("Choose a password")
                    .withValidator((value, context) -> PasswordPolicy.problem(value, email.getValue(), fullName.getValue())
                            .map(ValidationResult::error).orElse(ValidationResult.ok()))
                    .bind(RegistrationForm::getPassword, RegistrationForm::setPassword);
        }
        binder.forField(consent).withValidator(Boolean::booleanValue,
                "We can only store your health answers with your consent")
                .bind(RegistrationForm::isConsent, RegistrationForm::setConsent);
        binder.bindInstanceFields(this);
    }

    /** The same words as the bean's {@code @Size} message. */
    private static String atMost(int max) {
        return "At most " + max + " characters";
    }
}
