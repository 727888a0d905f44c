package org.warmpool.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in user as Spring Security holds it, with what the UI needs to greet them. */
public class AppUserPrincipal extends User {

    private final long userId;
    private final String displayName;
    /** When this session logged in; a session older than the account's sessions_valid_from has ended. */
    private final Instant loggedInAt;

    /** A principal whose login time is unknown: it counts as older than any ending of sessions. */
    public AppUserPrincipal(long userId, String email, String displayName, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities) {
        this(userId, email, displayName, passwordHash, enabled, authorities, Instant.EPOCH);
    }

    public AppUserPrincipal(long userId, String email, String displayName, String passwordHash, boolean enabled,
            Collection<? extends GrantedAuthority> authorities, Instant loggedInAt) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.userId = userId;
        this.displayName = displayName;
        this.loggedInAt = loggedInAt == null ? Instant.EPOCH : loggedInAt;
    }

    public long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getLoggedInAt() {
        return loggedInAt;
    }

    /** The same person, as a session that logged in at {@code when} (kept alive after its own password change). */
    AppUserPrincipal loggedInAt(Instant when) {
        return new AppUserPrincipal(userId, getUsername(), displayName, "n/a", isEnabled(), getAuthorities(), when);
    }
}
