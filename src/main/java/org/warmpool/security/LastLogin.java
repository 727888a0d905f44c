package org.warmpool.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records when an account last logged in, for the administrator's list of staff. */
@Component
class LastLogin {

    private final AppUserRepository users;
    private final Clock clock;

    LastLogin(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void loggedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            users.recordLogin(principal.getUserId(), clock.instant());
        }
    }
}
