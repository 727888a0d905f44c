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
 * start-up, under the same password rule as every account. Because the password was written in a
 * settings file, the administrator must choose a new one at the first login.
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
        if (email.isBlank() || password.isEmpty()) {
            log.warn("No administrator account exists. Set warmpool.initial-admin.email and "
                    + "warmpool.initial-admin.password ({} to {} characters, hard to guess) and restart to create one.",
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
            return;
        }
        var problem = PasswordPolicy.problem(password, email, "Administrator");
        if (problem.isPresent()) {
            log.warn("No administrator account was created: warmpool.initial-admin.password does not meet the "
                    + "password rule. {} Change it and restart.", problem.get());
            return;
        }
        // Whoever wrote the settings file knows this password: the administrator chooses their own at first login.
        SystemTasks.runAsStaff(() -> accounts.createAccount(email, "Administrator", password, EnumSet.of(Role.ADMIN),
                true));
        log.info("Created the initial administrator account {}.", EmailAddress.normalize(email));
    }
}
