package org.warmpool.participant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.Mailer;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUser;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.DuplicateEmailException;
import org.warmpool.security.PasswordPolicy;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/**
 * Accounts for walk-ins: the front desk sends an invitation (a single-use link, valid for a week),
 * and the participant opens it and chooses a password under the same rules as self-registration.
 */
@Service
public class InvitationService {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    public static final String NOT_VALID = "This invitation link is not valid. Please check that the whole link "
            + "was copied, or ask the front desk for a new invitation.";
    public static final String USED = "This invitation has been used already, so your account exists. Log in "
            + "with your e-mail address and the password you chose. If you have forgotten it, please ask the "
            + "front desk.";
    public static final String EXPIRED = "This invitation has expired: a link works for 7 days. Please ask the "
            + "front desk for a new one.";

    public static final String REPLACED = "A newer invitation was sent after this one, so this link no longer "
            + "works. Please use the link in the newest invitation, or ask the front desk.";

    private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

    private final ParticipantRepository participants;
    private final AccountInvitationRepository invitations;
    private final UserAccountService accounts;
    private final HealthDataAudit audit;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClinicSettings clinic;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();

    InvitationService(ParticipantRepository participants, AccountInvitationRepository invitations,
            UserAccountService accounts, HealthDataAudit audit, Mailer mailer, CurrentUser currentUser,
            PlatformTransactionManager transactions, Clock clock, ClinicSettings clinic,
            @Value("${warmpool.public-url:}") String publicUrl) {
        this.participants = participants;
        this.invitations = invitations;
        this.accounts = accounts;
        this.audit = audit;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.clinic = clinic;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    /**
     * Makes an invitation for a participant without an account who has an e-mail address, and
     * e-mails it when e-mail is set up. The invitation is saved first, so a failing mail server
     * never loses it: the front desk can then hand the link over.
     *
     * @param addressInUse the address the front desk's browser uses, for the link when
     *                     {@code warmpool.public-url} is not set
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public Invitation.Sent invite(long participantId, String addressInUse) {
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        String by = currentUser.actor();
        Participant participant = transaction.execute(status -> {
            Participant p = participants.lockById(participantId)
                    .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
            if (p.getUser() != null) {
                throw new RuleViolationException(p.getFullName() + " has an account already and logs in with "
                        + p.getUser().getEmail() + ".");
            }
            if (p.getEmail() == null) {
                throw new RuleViolationException(p.getFullName() + " has no e-mail address. An account needs "
                        + "one to log in with.");
            }
            if (accounts.findByEmail(p.getEmail()).isPresent()) {
                throw new RuleViolationException("Another account uses " + p.getEmail() + " already. Please "
                        + "ask the clinic's administrator to sort this out.");
            }
            invitations.replaceOpen(p.getId(), now);
            invitations.save(new AccountInvitation(p, hash(token), now, expires, by));
            audit.record(AuditAction.ACCOUNT_INVITATION, p.getId(), "Account invitation made");
            return p;
        });
        String base = (publicUrl.isEmpty() ? addressInUse : publicUrl).replaceAll("/+$", "");
        String link = base + "/invitation/" + token;
        java.time.LocalDate validUntil = expires.atZone(clinic.timeZone()).toLocalDate();
        boolean mailed = false;
        if (mailer.isEnabled()) {
            try {
                mailer.send(participant.getEmail(), participant.getFullName(), "Your account invitation",
                        "The front desk has invited you to create your account. With an account you can see "
                                + "your bookings and messages, and book classes yourself.\n\n"
                                + "To choose your password, open this link:\n" + link + "\n\n"
                                + "The link works once, until " + validUntil.format(ClinicFormats.DAY_LONG)
                                + ". If you did not "
                                + "expect this e-mail, you can ignore it.");
                mailed = true;
            } catch (RuntimeException failed) {
                LOG.warn("Account invitation e-mail for participant {} failed: {}", participantId,
                        failed.getMessage());
            }
        }
        return new Invitation.Sent(participant.getFullName(), participant.getEmail(), link, validUntil, mailed,
                mailer.isEnabled());
    }

    /** Whose invitation this is; a clear refusal for an unknown, used or expired link. */
    @PermitAll
    @Transactional(readOnly = true)
    public Invitation.Open check(String token) {
        AccountInvitation invitation = findUsable(token, false);
        return new Invitation.Open(invitation.getParticipant().getFullName(), invitation.getParticipant().getEmail());
    }

    /**
     * Creates the participant's account with this password and links it to their record; the
     * invitation then stops working.
     *
     * @return the e-mail address they log in with
     */
    @PermitAll
    @Transactional
    public String accept(String token, String password) {
        AccountInvitation invitation = findUsable(token, true);
        Participant participant = invitation.getParticipant();
        PasswordPolicy.problem(password, participant.getEmail(), participant.getFullName()).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        AppUser account;
        try {
            // The invitation's token, checked above, is this flow's permission.
            account = SystemTasks.callAsStaff(() -> accounts.createAccount(participant.getEmail(),
                    participant.getFullName(), password, EnumSet.of(Role.PARTICIPANT)));
        } catch (DuplicateEmailException duplicate) {
            throw new RuleViolationException("An account with your e-mail address exists already. Please log in, "
                    + "or ask the front desk.");
        }
        participant.linkAccount(account);
        invitation.use(clock.instant());
        audit.record(AuditAction.ACCOUNT_CREATED, participant.getId(), "Account created from an invitation");
        return account.getEmail();
    }

    private AccountInvitation findUsable(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new RuleViolationException(NOT_VALID);
        }
        String hash = hash(token.strip());
        AccountInvitation invitation = (lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash))
                .orElseThrow(() -> new RuleViolationException(NOT_VALID));
        if (invitation.isUsed() || invitation.getParticipant().getUser() != null) {
            throw new RuleViolationException(USED);
        }
        if (invitation.isReplaced()) {
            throw new RuleViolationException(REPLACED);
        }
        if (invitation.isExpired(clock.instant())) {
            throw new RuleViolationException(EXPIRED);
        }
        return invitation;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
