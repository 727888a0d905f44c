package org.warmpool.security;

import java.time.Instant;
import java.util.Set;

/**
 * A staff or instructor account as the administrator's list shows it.
 *
 * @param lastLoginAt null when the account has never logged in
 * @param waitingForInvitation created by an invitation whose link has not been used yet
 */
public record StaffAccount(long userId, String name, String email, Set<Role> roles, Instant lastLoginAt,
        boolean enabled, boolean waitingForInvitation) {

    static StaffAccount of(AppUser user) {
        return new StaffAccount(user.getId(), user.getDisplayName(), user.getEmail(), user.getRoles(),
                user.getLastLoginAt(), user.isEnabled(), user.isWaitingForInvitation());
    }
}
