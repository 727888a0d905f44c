package org.warmpool.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/** Accounts: creating them with a hashed password, finding them, counting them. */
@Service
@Transactional
public class UserAccountService {

    public static final String WRONG_CURRENT_PASSWORD = "The current password is not right. Please type it "
            + "again; if you have forgotten it, log out and use \"Forgot your password?\".";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AccountSessions sessions;

    UserAccountService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            AccountSessions sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.sessions = sessions;
    }

    /**
     * Creates an account with any roles: administrators only. The flows that create an account for
     * someone not logged in (self-registration, an accepted invitation) and the application's own
     * start-up work (demo data, the initial administrator) check their own rules first (the form, the
     * invitation's token, the settings) and then call this as a system task ({@link SystemTasks}).
     *
     * @throws DuplicateEmailException when an account with this e-mail exists, in any letter case
     */
    @RolesAllowed(Roles.ADMIN)
    public AppUser createAccount(String email, String displayName, String rawPassword, Set<Role> roles) {
        return createAccount(email, displayName, rawPassword, roles, false);
    }

    /**
     * Creates an account, as above; with {@code mustChangePassword} the person has to choose a new
     * password at their first login, because someone else chose this one.
     */
    @RolesAllowed(Roles.ADMIN)
    public AppUser createAccount(String email, String displayName, String rawPassword, Set<Role> roles,
            boolean mustChangePassword) {
        String normalized = EmailAddress.normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new DuplicateEmailException(normalized);
        }
        return insert(normalized, displayName, passwordEncoder.encode(rawPassword), roles, mustChangePassword);
    }

    /**
     * Creates an account unless the e-mail has one; either way the password is hashed first, so
     * that both answers take about as long and the time does not tell whether the address is known.
     *
     * @return the new account, or empty when the e-mail has an account already
     * @throws DuplicateEmailException when another request (or app node) created the account between
     *         the check and the insert: the database refused the insert, so the caller's transaction
     *         can only roll back; in a new one the account is there
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<AppUser> createAccountIfNew(String email, String displayName, String rawPassword,
            Set<Role> roles) {
        String normalized = EmailAddress.normalize(email);
        String hash = passwordEncoder.encode(rawPassword);
        if (users.existsByEmail(normalized)) {
            return Optional.empty();
        }
        return Optional.of(insert(normalized, displayName, hash, roles, false));
    }

    /** Takes as long as hashing a password for an account, where no account is made (see above). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public void hashAndForget(String rawPassword) {
        passwordEncoder.encode(rawPassword == null ? "" : rawPassword);
    }

    private AppUser insert(String normalized, String displayName, String passwordHash, Set<Role> roles,
            boolean mustChangePassword) {
        AppUser user = new AppUser(normalized, displayName, passwordHash, roles, clock.instant());
        if (mustChangePassword) {
            user.requirePasswordChange();
        }
        try {
            return users.saveAndFlush(user);
        } catch (org.springframework.dao.DataIntegrityViolationException raceLost) {
            // Another request (or app node) created the same e-mail between our check and insert.
            throw new DuplicateEmailException(normalized);
        }
    }

    /** Whether the account with this address exists and has this password (the start-up check for demo logins). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public boolean acceptsPassword(String email, String rawPassword) {
        return users.findByEmail(EmailAddress.normalize(email))
                .filter(user -> passwordEncoder.matches(rawPassword, user.getPasswordHash())).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findById(long userId) {
        return users.findById(userId);
    }

    /**
     * Sets a password the person chose themselves (a reset link: the caller checked the link and calls
     * this as a system task), under the password policy. Every session of the account ends, and a
     * first-login change is no longer due. Administrators only: it takes any account's id.
     *
     * @return the moment from which sessions are valid again
     * @throws RuleViolationException with the policy's words when the password is not good enough
     */
    @RolesAllowed(Roles.ADMIN)
    public Instant setOwnPassword(long userId, String rawPassword) {
        AppUser user = users.findById(userId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        PasswordPolicy.problem(rawPassword, user.getEmail(), user.getDisplayName()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        Instant now = AccountSessions.truncate(clock.instant());
        user.replacePassword(passwordEncoder.encode(rawPassword), now);
        return now;
    }

    /**
     * The logged-in person changes their own password (My account): the current one is required,
     * the new one must meet the policy. Every other session of the account ends; this one goes on.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR, Roles.PARTICIPANT})
    public void changeMyPassword(String currentPassword, String newPassword) {
        AppUserPrincipal me = AccountSessions.currentPrincipal()
                .orElseThrow(() -> new RuleViolationException("Please log in first."));
        AppUser user = users.findById(me.getUserId())
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RuleViolationException(WRONG_CURRENT_PASSWORD);
        }
        if (passwordEncoder.matches(newPassword == null ? "" : newPassword, user.getPasswordHash())) {
            throw new RuleViolationException("The new password is the same as the current one. Please choose "
                    + "a different one.");
        }
        Instant validFrom = setOwnPassword(user.getId(), newPassword);
        sessions.keepCurrentSession(validFrom);
    }

    /** Whether the logged-in person must choose a new password before anything else. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR, Roles.PARTICIPANT})
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return sessions.ofCurrentSession() == AccountSessions.Status.MUST_CHANGE_PASSWORD;
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
