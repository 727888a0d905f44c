package org.warmpool.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/**
 * The administrator's tools for staff and instructor accounts: the list, new accounts that wait
 * for their invitation link, roles, switching accounts off and on. There is always at least one
 * enabled administrator: a change that could leave none first locks the rows of all enabled
 * administrators, so two administrators switching each other off at the same moment, on one node
 * or two, cannot both succeed.
 */
@Service
@Transactional
public class StaffAccountService {

    /** The roles given and taken on the staff page; instructors are made on the Instructors page. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.FRONT_DESK, Role.ADMIN);

    public static final String LAST_ADMINISTRATOR = "%s is the only administrator whose account is switched on. "
            + "Make someone else an administrator first; otherwise nobody could manage the accounts.";
    public static final String NOT_YOURSELF = "You cannot switch off your own account. If it must be switched off, "
            + "ask another administrator to do it.";
    public static final String NOT_YOUR_OWN_ROLE = "You cannot take away your own administrator role. If it must "
            + "go, ask another administrator to do it.";

    private static final Logger LOG = LoggerFactory.getLogger(StaffAccountService.class);

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffAccountService(AppUserRepository users, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every account with a staff or instructor role, by name. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<StaffAccount> list() {
        return users.findStaff().stream().map(StaffAccount::of).toList();
    }

    /**
     * A new account without a password: nobody can log in with it until the person chooses one
     * with an invitation link (see the account feature).
     */
    @RolesAllowed(Roles.ADMIN)
    public AppUser createInvited(String name, String email, Set<Role> roles) {
        if (name == null || name.isBlank() || name.strip().length() > AppUser.DISPLAY_NAME_MAX_LENGTH) {
            throw new RuleViolationException("Enter the person's name (at most " + AppUser.DISPLAY_NAME_MAX_LENGTH
                    + " characters).");
        }
        if (email == null || !email.contains("@") || email.strip().length() > EmailAddress.MAX_LENGTH) {
            throw new RuleViolationException("Enter a valid e-mail address (at most " + EmailAddress.MAX_LENGTH
                    + " characters).");
        }
        if (roles == null || roles.isEmpty() || roles.contains(Role.PARTICIPANT)) {
            throw new RuleViolationException("Choose the role of the new account.");
        }
        String normalized = EmailAddress.normalize(email);
        if (users.existsByEmail(normalized)) {
            throw new RuleViolationException("An account with this e-mail exists already.");
        }
        AppUser user = new AppUser(normalized, name, AppUser.NO_PASSWORD_YET, roles, clock.instant());
        try {
            user = users.saveAndFlush(user);
        } catch (org.springframework.dao.DataIntegrityViolationException raceLost) {
            throw new RuleViolationException("An account with this e-mail exists already.");
        }
        LOG.info("Account {} with roles {} created by {}", user.getId(), roles, currentUser.actor());
        return user;
    }

    /**
     * Sets the staff roles (front desk, administrator) of an account; its instructor and
     * participant roles stay as they are. The last enabled administrator keeps the role.
     */
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount changeStaffRoles(long userId, Set<Role> staffRoles) {
        Set<Role> wanted = staffRoles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(staffRoles);
        if (!STAFF_ROLES.containsAll(wanted)) {
            throw new RuleViolationException("Only the front desk and administrator roles are given here; "
                    + "instructors are made on the Instructors page.");
        }
        List<AppUser> admins = users.lockEnabledWithRole(Role.ADMIN);
        AppUser user = find(userId);
        Set<Role> roles = EnumSet.copyOf(wanted);
        user.getRoles().stream().filter(r -> !STAFF_ROLES.contains(r)).forEach(roles::add);
        if (roles.isEmpty()) {
            throw new RuleViolationException("An account needs at least one role. To stop someone logging in, "
                    + "switch the account off instead.");
        }
        if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            if (isMe(user)) {
                throw new RuleViolationException(NOT_YOUR_OWN_ROLE);
            }
            checkNotLastAdmin(user, admins);
        }
        user.replaceRoles(roles);
        // Roles are read at login: end the account's sessions so that the new roles apply at once.
        user.endSessionsBefore(AccountSessions.truncate(clock.instant()));
        LOG.info("Roles of account {} set to {} by {}", userId, roles, currentUser.actor());
        return StaffAccount.of(user);
    }

    /** Switches an account off (it cannot log in, and its open sessions end at their next request) or on. */
    @RolesAllowed(Roles.ADMIN)
    public StaffAccount setEnabled(long userId, boolean enabled) {
        List<AppUser> admins = users.lockEnabledWithRole(Role.ADMIN);
        AppUser user = find(userId);
        if (!enabled && user.isEnabled()) {
            if (isMe(user)) {
                throw new RuleViolationException(NOT_YOURSELF);
            }
            if (user.getRoles().contains(Role.ADMIN)) {
                checkNotLastAdmin(user, admins);
            }
        }
        user.setEnabled(enabled);
        LOG.info("Account {} switched {} by {}", userId, enabled ? "on" : "off", currentUser.actor());
        return StaffAccount.of(user);
    }

    /** Whether this account is the logged-in administrator's own. */
    private boolean isMe(AppUser user) {
        return currentUser.principal().map(p -> p.getUserId() == user.getId()).orElse(false);
    }

    /** The locked list holds the enabled administrators as committed before this change, others waiting. */
    private static void checkNotLastAdmin(AppUser user, List<AppUser> lockedAdmins) {
        boolean othersLeft = lockedAdmins.stream().anyMatch(admin -> !admin.getId().equals(user.getId()));
        if (!othersLeft) {
            throw new RuleViolationException(String.format(LAST_ADMINISTRATOR, user.getDisplayName()));
        }
    }

    private AppUser find(long userId) {
        return users.findById(userId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
    }
}
