package org.warmpool.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the {@code app_user} table for the login form. */
@Service
@Transactional(readOnly = true)
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        AppUser user = users.findByEmail(EmailAddress.normalize(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
        return new AppUserPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
