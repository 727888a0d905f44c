package org.warmpool.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.warmpool.base.CurrentUserName;

/**
 * Who is logged in, read from Spring Security (no Vaadin), so that services can check
 * ownership and views can greet the user.
 */
@Component
public class CurrentUser implements CurrentUserName {

    public Optional<AppUserPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The login's e-mail, when someone is logged in: how an instructor's profile is found. */
    public Optional<String> email() {
        return principal().map(AppUserPrincipal::getUsername);
    }

    @Override
    public String displayName() {
        return principal().map(AppUserPrincipal::getDisplayName).orElse("");
    }

    public Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth == null) {
            return roles;
        }
        for (GrantedAuthority granted : auth.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(granted.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /** Front desk or administrator. */
    public boolean isStaff() {
        return hasRole(Role.FRONT_DESK) || hasRole(Role.ADMIN);
    }

    /** Who did it, for the record: the login's e-mail, or the name of a system task ("system"). */
    public String actor() {
        return principal().map(AppUserPrincipal::getUsername).orElseGet(() -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null ? "system" : auth.getName();
        });
    }
}
