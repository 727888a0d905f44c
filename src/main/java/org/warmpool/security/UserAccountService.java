package org.warmpool.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: creating them with a hashed password, finding them, counting them. */
@Service
@Transactional
public class UserAccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates an account. The caller has already decided that it may: demo data, self-registration
     * (its own rules) or an administrator's screen (which checks the role).
     *
     * @throws DuplicateEmailException when an account with this e-mail exists, in any letter case
     */
    public AppUser createAccount(String email, String displayName, String rawPassword, Set<Role> roles) {
        String normalized = EmailAddress.normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new DuplicateEmailException(normalized);
        }
        AppUser user = new AppUser(normalized, displayName, passwordEncoder.encode(rawPassword), roles,
                clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (org.springframework.dao.DataIntegrityViolationException raceLost) {
            // Another request (or app node) created the same e-mail between our check and insert.
            throw new DuplicateEmailException(normalized);
        }
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmail(EmailAddress.normalize(email));
    }

    @Transactional(readOnly = true)
    public boolean hasActiveAccountWithRole(Role role) {
        return users.countEnabledWithRole(role) > 0;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Map<Role, Long> countActiveAccountsByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, users.countEnabledWithRole(role));
        }
        return counts;
    }
}
