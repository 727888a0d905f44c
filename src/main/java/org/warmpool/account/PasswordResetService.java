package org.warmpool.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AccountMail;
import org.warmpool.security.AppUser;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.EmailAddress;
import org.warmpool.security.RequestAction;
import org.warmpool.security.RequestAttempts;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/**
 * "Forgot your password?": a single-use link, valid for an hour, e-mailed to the address of the
 * account, or made by staff to hand over when e-mail is off. Opening it lets the person choose a
 * new password under the password policy; every session of the account then ends.
 */
@Service
public class PasswordResetService {

    public static final Duration VALID_FOR = PasswordReset.RESET_VALID_FOR;
    public static final String NOT_VALID = "This link is not valid. Please check that the whole link was copied, or "
            + "ask for a new one with \"Forgot your password?\" on the log-in page.";
    public static final String USED = "This link has been used already: a link works once. If you have set your new "
            + "password, log in with it. Otherwise ask for a new link with \"Forgot your password?\".";
    public static final String EXPIRED = "This link has expired: a link works for 1 hour. Please ask for a new one "
            + "with \"Forgot your password?\" on the log-in page, or ask the front desk.";
    public static final String REPLACED = "A newer link was made after this one, so this link no longer works. "
            + "Please use the newest link, or ask for a new one.";
    /** The start of the refusal when one client address has asked for links too often; the time follows. */
    public static final String TOO_MANY_REQUESTS = "Sorry, we have had a lot of requests for links from your "
            + "network in the last hour, so we cannot send another one just now. Please try again after ";
    public static final String INVITATION_EXPIRED = "This invitation has expired: an invitation link works for 7 "
            + "days. Please ask the clinic's administrator for a new one.";
    static final String SELF_SERVICE = "self-service";

    private static final Logger LOG = LoggerFactory.getLogger(PasswordResetService.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final PasswordResetRepository resets;
    private final UserAccountService accounts;
    private final AccountMail mail;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClinicSettings clinic;
    private final RequestAttempts requests;
    private final TransactionTemplate transaction;

    PasswordResetService(PasswordResetRepository resets, UserAccountService accounts, AccountMail mail,
            CurrentUser currentUser, Clock clock, ClinicSettings clinic, RequestAttempts requests,
            PlatformTransactionManager transactions) {
        this.requests = requests;
        this.transaction = new TransactionTemplate(transactions);
        this.resets = resets;
        this.accounts = accounts;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
        this.clinic = clinic;
    }

    /** Whether people can get a link by e-mail themselves; otherwise the page sends them to the front desk. */
    @PermitAll
    public boolean selfServiceAvailable() {
        return mail.canSendLinks();
    }

    /**
     * Someone asks for a link for this address. When it belongs to an enabled account, a link is
     * made and e-mailed to it; otherwise nothing happens. The caller learns nothing either way: the
     * e-mail goes on a background thread after the commit, so the answer takes as long. One client
     * address may ask only so many times an hour ({@code warmpool.requests.*}), whatever the
     * addresses it asks for; the count is kept before the request's own transaction begins.
     *
     * @param clientAddress the address the request came from
     */
    @PermitAll
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void requestLink(String email, String clientAddress) {
        if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
            return;
        }
        requests.tryRequest(RequestAction.PASSWORD_RESET, clientAddress).ifPresent(until -> {
            throw new RuleViolationException(TOO_MANY_REQUESTS + until.atZone(clinic.timeZone())
                    .format(ClinicFormats.TIME) + ", or ask the front desk for a link.");
        });
        transaction.executeWithoutResult(status -> sendLink(email));
    }

    private void sendLink(String email) {
        String token = SecretTokens.newToken();
        String hash = SecretTokens.hash(token);
        Instant now = clock.instant();
        if (!mail.canSendLinks()) {
            return;
        }
        Optional<AppUser> account = accounts.findByEmail(email).filter(AppUser::isEnabled);
        if (account.isEmpty()) {
            LOG.info("A reset link was asked for an address without an enabled account");
            return;
        }
        AppUser user = account.get();
        Instant expires = save(user, hash, now, SELF_SERVICE);
        String link = mail.publicUrl() + "/reset-password/" + token;
        mail.sendLater(user.getEmail(), user.getDisplayName(), "Choose a new password",
                "Someone, probably you, asked to choose a new password for your account (" + user.getEmail()
                        + ").\n\nTo choose one, open this link:\n" + link + "\n\nThe link works once, until "
                        + expires.atZone(clinic.timeZone()).format(TIME) + " (1 hour). If you did not ask for it, "
                        + "you can ignore this e-mail: your password stays as it is.");
    }

    /**
     * Staff make a link to hand over (e-mail off, or the person is at the desk): the front desk for a
     * participant's account, an administrator for any account.
     *
     * @param addressInUse the address the staff member's browser uses, for the link when
     *                     {@code warmpool.public-url} is not set
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional
    public ResetLink createResetLink(long userId, String addressInUse) {
        AppUser user = accounts.findById(userId)
                .orElseThrow(() -> new RuleViolationException("This account no longer exists."));
        if (!currentUser.hasRole(Role.ADMIN) && !user.getRoles().equals(Set.of(Role.PARTICIPANT))) {
            throw new RuleViolationException("Only an administrator can make a reset link for a staff or instructor "
                    + "account.");
        }
        if (!user.isEnabled()) {
            throw new RuleViolationException(user.getDisplayName() + "'s account is switched off, so a new password "
                    + "would not let them log in. An administrator can switch it on again.");
        }
        String token = SecretTokens.newToken();
        Instant expires = save(user, SecretTokens.hash(token), clock.instant(), currentUser.actor());
        String base = (mail.publicUrl().isEmpty() ? (addressInUse == null ? "" : addressInUse) : mail.publicUrl())
                .replaceAll("/+$", "");
        LOG.info("Password reset link for account {} made by {}", userId, currentUser.actor());
        return new ResetLink(user.getDisplayName(), user.getEmail(), base + "/reset-password/" + token, expires);
    }

    /** The same, with the link built from {@code warmpool.public-url} (a path only when it is not set). */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional
    public ResetLink createResetLink(long userId) {
        return createResetLink(userId, "");
    }

    /** Whose link this is; a clear refusal for an unknown, used, replaced or expired link. */
    @PermitAll
    @Transactional(readOnly = true)
    public ResetOpen check(String token) {
        PasswordReset reset = findUsable(token, false);
        return new ResetOpen(reset.getUser().getDisplayName(), reset.getUser().getEmail(),
                reset.getUser().isWaitingForInvitation());
    }

    /**
     * Sets the new password; the link then stops working and every session of the account ends.
     * A password the policy refuses leaves the link usable.
     *
     * @return the e-mail address to log in with
     */
    @PermitAll
    @Transactional
    public String reset(String token, String newPassword) {
        PasswordReset reset = findUsable(token, true);
        AppUser user = reset.getUser();
        boolean firstPassword = user.isWaitingForInvitation();
        Instant now = clock.instant();
        // The link, checked above, is this flow's permission.
        SystemTasks.runAsStaff(() -> accounts.setOwnPassword(user.getId(), newPassword));
        reset.use(now);
        resets.replaceOpen(user.getId(), now);
        LOG.info("Password of account {} set with a {} made by {}", user.getId(),
                firstPassword ? "invitation" : "reset link", reset.getCreatedBy());
        if (firstPassword) {
            return user.getEmail();
        }
        mail.sendLater(user.getEmail(), user.getDisplayName(), "Your password was changed",
                "The password of your account (" + user.getEmail() + ") was changed just now with a reset link. "
                        + "If this was you, there is nothing to do. If it was not, please tell the front desk "
                        + "at once.");
        return user.getEmail();
    }

    private Instant save(AppUser user, String hash, Instant now, String by) {
        Instant expires = now.plus(VALID_FOR);
        resets.replaceOpen(user.getId(), now);
        resets.save(new PasswordReset(user, hash, now, expires, by));
        return expires;
    }

    private PasswordReset findUsable(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RuleViolationException(NOT_VALID);
        }
        String hash = SecretTokens.hash(token.strip());
        PasswordReset reset = (lock ? resets.lockByTokenHash(hash) : resets.findByTokenHash(hash))
                .orElseThrow(() -> new RuleViolationException(NOT_VALID));
        if (reset.isUsed()) {
            throw new RuleViolationException(USED);
        }
        if (reset.isReplaced()) {
            throw new RuleViolationException(REPLACED);
        }
        if (reset.isExpired(clock.instant())) {
            throw new RuleViolationException(reset.isInvitation() ? INVITATION_EXPIRED : EXPIRED);
        }
        if (!reset.getUser().isEnabled()) {
            throw new RuleViolationException(NOT_VALID);
        }
        return reset;
    }

    /**
     * A usable link, as its page greets the person.
     *
     * @param invitation the account is new and has no password yet
     */
    public record ResetOpen(String name, String email, boolean invitation) {
    }
}
