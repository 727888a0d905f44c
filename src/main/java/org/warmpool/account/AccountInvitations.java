package org.warmpool.account;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AccountMail;
import org.warmpool.security.AppUser;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.StaffAccountService;
import org.warmpool.security.UserAccountService;

/**
 * New staff and instructor accounts get an invitation instead of a password typed by the
 * administrator: a reset link (the same table, the same single use and hashing) that works for 7
 * days, on an account whose password cannot match anything until the link is used. It is e-mailed
 * when e-mail is set up; otherwise the administrator hands it over.
 */
@Service
@Transactional
public class AccountInvitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(AccountInvitations.class);

    private final PasswordResetRepository resets;
    private final StaffAccountService staff;
    private final UserAccountService accounts;
    private final AccountMail mail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClinicSettings clinic;

    AccountInvitations(PasswordResetRepository resets, StaffAccountService staff, UserAccountService accounts,
            AccountMail mail, CurrentUser currentUser, Clock clock, ClinicSettings clinic) {
        this.resets = resets;
        this.staff = staff;
        this.accounts = accounts;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.clinic = clinic;
    }

    /**
     * A front desk or administrator account, and its invitation.
     *
     * @param addressInUse the address the administrator's browser uses, for the link when
     *                     {@code warmpool.public-url} is not set
     */
    @RolesAllowed(Roles.ADMIN)
    public InvitationLink createStaffAccount(String name, String email, Set<Role> roles, String addressInUse) {
        if (roles == null || roles.isEmpty() || !StaffAccountService.STAFF_ROLES.containsAll(roles)) {
            throw new RuleViolationException("Choose front desk or administrator. Instructors are made on the "
                    + "Instructors page.");
        }
        return invite(staff.createInvited(name, email, roles), addressInUse);
    }

    /** A new invitation for an account whose earlier one was not used (the earlier link stops working). */
    @RolesAllowed(Roles.ADMIN)
    public InvitationLink inviteAgain(long userId, String addressInUse) {
        AppUser user = accounts.findById(userId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        if (!user.isWaitingForInvitation()) {
            throw new RuleViolationException(user.getDisplayName() + " has chosen a password already. Make a "
                    + "password reset link if they have forgotten it.");
        }
        return invite(user, addressInUse);
    }

    /** Makes the invitation of a new account without a password (an instructor's, a staff member's). */
    @RolesAllowed(Roles.ADMIN)
    public InvitationLink invite(AppUser user, String addressInUse) {
        if (!user.isEnabled()) {
            throw new RuleViolationException(user.getDisplayName() + "'s account is switched off. Switch it on "
                    + "first.");
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        resets.replaceOpen(user.getId(), now);
        resets.save(new PasswordReset(user, SecretTokens.hash(token), now, expires, currentUser.actor()));
        String base = (mail.publicUrl().isEmpty() ? (addressInUse == null ? "" : addressInUse) : mail.publicUrl())
                .replaceAll("/+$", "");
        String link = base + "/reset-password/" + token;
        LOG.info("Invitation for account {} made by {}", user.getId(), currentUser.actor());
        boolean mailed = mail.isEnabled();
        if (mailed) {
            String roles = String.join(" and ", user.getRoles().stream().map(r -> r.label().toLowerCase(java.util.Locale.ROOT)).sorted()
                    .toList());
            mail.sendLater(user.getEmail(), user.getDisplayName(), "Your account",
                    "An account (" + roles + ") has been made for you. You log in with your e-mail address, "
                            + user.getEmail() + ".\n\nTo choose your password, open this link:\n" + link
                            + "\n\nThe link works once, until "
                            + expires.atZone(clinic.timeZone()).format(ClinicFormats.DAY_LONG) + " (7 days). If "
                            + "you did not expect this e-mail, please tell the clinic.");
        }
        return new InvitationLink(user.getDisplayName(), user.getEmail(), link, expires, mailed);
    }
}
