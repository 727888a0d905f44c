package org.warmpool.booking;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;

/** Who did it, for the record: the login's e-mail, or the name of a system task. */
final class Actors {

    private Actors() {
    }

    static String current(CurrentUser currentUser) {
        return currentUser.principal().map(AppUserPrincipal::getUsername).orElseGet(() -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null ? "system" : auth.getName();
        });
    }
}
