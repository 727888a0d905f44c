package org.warmpool.participant;

import java.time.LocalDate;
import java.util.UUID;

/** Filled-in registration forms for service tests, each with a unique e-mail. */
public final class RegistrationForms {

    public static final String PASSWORD = "warm water on tuesday";

    private RegistrationForms() {
    }

    public static RegistrationForm form(String name) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName(name);
        form.setEmail(name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org");
        form.setPassword(PASSWORD);
        form.setPhone("0161 496 " + (1000 + (int) (Math.random() * 8999)));
        form.setDateOfBirth(LocalDate.of(1960, 5, 17));
        form.setEmergencyContactName("Jo " + name);
        form.setEmergencyContactPhone("0161 496 0999");
        form.setConsent(true);
        return form;
    }
}
