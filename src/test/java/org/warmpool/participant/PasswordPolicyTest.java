package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersThatAreNotWellKnownAreFine() {
        assertThat(PasswordPolicy.problem("warm water tuesday", "pat@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("abcdefghijk!", null)).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertThat(PasswordPolicy.problem("abcdefghijk", null)).get().asString().contains("at least 12");
        assertThat(PasswordPolicy.problem(null, null)).isPresent();
    }

    @Test
    void wellKnownPasswordsAreRefusedAlsoWithDigitsOrAnExclamationMarkAtTheEnd() {
        assertThat(PasswordPolicy.problem("Password1234", null)).get().asString().contains("too well known");
        assertThat(PasswordPolicy.problem("qwertyuiop123!", null)).isPresent();
        assertThat(PasswordPolicy.problem("administrator2024", null)).isPresent();
    }

    @Test
    void theEmailAddressIsNotAPassword() {
        assertThat(PasswordPolicy.problem("Pat.Long@Example.org", "pat.long@example.org")).get().asString()
                .contains("e-mail");
    }
}
