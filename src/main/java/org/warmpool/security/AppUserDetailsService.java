package org.warmpool.security;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users from the {@code app_user} table for the login form. The principal records when it
 * logged in, so that a later password change can end the sessions that are older.
 */
@Service
@Transactional(readOnly = true)
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AppUser user = users.findByEmail(EmailAddress.normalize(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
        return new AppUserPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                AccountSessions.truncate(clock.instant()));
    }
}
