package org.warmpool.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security feature's part of erasing a person on request: their account stops identifying
 * them and can no longer log in, and the log-in attempts counted under their address go. Only
 * inside the caller's transaction; the caller's service checks who may erase.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AccountPersonalData {

    private final AppUserRepository users;
    private final RequestAttemptRepository attempts;

    AccountPersonalData(AppUserRepository users, RequestAttemptRepository attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    /** The address an erased participant's account keeps: unique, and it belongs to nobody. */
    public static String erasedEmail(long participantId) {
        return "erased-" + participantId + "@invalid";
    }

    /**
     * Anonymises the account (see {@link AppUser}) and forgets the log-in attempts counted under
     * any of these addresses (they are kept as a hash of the address, which the address still finds).
     */
    public void erase(Long userId, long participantId, String neutralName, Collection<String> formerEmails,
            Instant now) {
        if (userId != null) {
            users.findById(userId).ifPresent(user -> user.erase(erasedEmail(participantId), neutralName, now));
            users.flush();
        }
        for (String email : formerEmails) {
            attempts.deleteByAccountKey(SecretTokens.hash(EmailAddress.normalize(email)));
        }
    }
}
