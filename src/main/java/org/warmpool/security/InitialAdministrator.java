package org.warmpool.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new installation has no accounts. When no administrator exists yet, the one named by
 * {@code warmpool.initial-admin.email} and {@code warmpool.initial-admin.password} is created at
 * start-up; that person then creates the staff accounts in the app.
 */
@Component
class InitialAdministrator {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final String email;
    private final String password;

    InitialAdministrator(UserAccountService accounts,
            @Value("${warmpool.initial-admin.email:}") String email,
            @Value("${warmpool.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createWhenMissing() {
        if (accounts.hasActiveAccountWithRole(Role.ADMIN)) {
            return;
        }
        if (email.isBlank() || password.length() < AppUser.PASSWORD_MIN_LENGTH) {
            log.warn("No administrator account exists. Set warmpool.initial-admin.email and "
                    + "warmpool.initial-admin.password (at least {} characters) and restart to create one.",
                    AppUser.PASSWORD_MIN_LENGTH);
            return;
        }
        accounts.createAccount(email, "Administrator", password, EnumSet.of(Role.ADMIN));
        log.info("Created the initial administrator account {}.", EmailAddress.normalize(email));
    }
}
