package org.warmpool.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AccountMail;
import org.warmpool.security.AppUser;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.UserAccountService;

/**
 * Private calendar addresses: a participant's bookings and an instructor's classes as a feed that
 * calendar programs subscribe to. The address holds 32 random bytes; only their SHA-256 is stored,
 * so the address is shown once, when it is made. One live address per person: a new one revokes the
 * old, and stopping revokes it without a new one.
 */
@Service
public class CalendarAddresses {

    /** The path of a feed below the application's address: {@code /calendar/<token>.ics}. */
    public static final String PATH = "/calendar/";
    public static final String SUFFIX = ".ics";

    private static final Logger LOG = LoggerFactory.getLogger(CalendarAddresses.class);

    private final CalendarAddressRepository addresses;
    private final UserAccountService accounts;
    private final CurrentUser currentUser;
    private final AccountMail mail;
    private final Clock clock;

    CalendarAddresses(CalendarAddressRepository addresses, UserAccountService accounts, CurrentUser currentUser,
            AccountMail mail, Clock clock) {
        this.addresses = addresses;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Makes a new calendar address for the logged-in person; their earlier address stops working.
     *
     * @param addressInUse the address the person's browser uses, for the link when
     *                     {@code warmpool.public-url} is not set
     * @return the whole address, to show this once (it cannot be shown again)
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.INSTRUCTOR})
    @Transactional
    public String makeNew(String addressInUse) {
        AppUser me = me();
        Instant now = clock.instant();
        addresses.revokeLive(me.getId(), now);
        addresses.flush();
        String token = SecretTokens.newToken();
        addresses.save(new CalendarAddress(me, SecretTokens.hash(token), now));
        LOG.info("Calendar address made for account {}", me.getId());
        String base = (mail.publicUrl().isEmpty() ? (addressInUse == null ? "" : addressInUse) : mail.publicUrl())
                .replaceAll("/+$", "");
        return base + PATH + token + SUFFIX;
    }

    /** Stops the logged-in person's calendar address: calendar programs then get "not found". */
    @RolesAllowed({Roles.PARTICIPANT, Roles.INSTRUCTOR})
    @Transactional
    public void stop() {
        AppUser me = me();
        addresses.revokeLive(me.getId(), clock.instant());
        LOG.info("Calendar address stopped for account {}", me.getId());
    }

    /** When the logged-in person's live calendar address was made; empty when they have none. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Optional<Instant> liveSince() {
        return addresses.findLiveOfUser(me().getId()).map(CalendarAddress::getCreatedAt);
    }

    /**
     * Whose feed this token opens: the account's id, or empty for an unknown or revoked token, or an
     * account that is switched off. The token is the key: anyone holding the address may read the feed.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Long> ownerOf(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return addresses.findLive(SecretTokens.hash(token)).map(address -> address.getUser().getId());
    }

    private AppUser me() {
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId)
                .orElseThrow(() -> new RuleViolationException("Please log in again."));
        return accounts.findById(userId).orElseThrow(() -> new RuleViolationException("This account no longer exists."));
    }
}
