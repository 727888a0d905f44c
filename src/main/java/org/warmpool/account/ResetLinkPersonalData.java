package org.warmpool.account;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account feature's part of the person's own data: the reset links and account invitations
 * made for their account (when, by whom, used or not; never the token's hash), and deleting them
 * (and their calendar addresses) when the person is erased. Only inside the caller's transaction;
 * the caller checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ResetLinkPersonalData {

    public record ResetLinkRow(Instant createdAt, String createdBy, Instant expiresAt, Instant usedAt,
            Instant replacedAt) {
    }

    private final PasswordResetRepository resets;
    private final CalendarAddressRepository calendarAddresses;

    ResetLinkPersonalData(PasswordResetRepository resets, CalendarAddressRepository calendarAddresses) {
        this.resets = resets;
        this.calendarAddresses = calendarAddresses;
    }

    public List<ResetLinkRow> of(long userId) {
        return resets.findByUserIdOrderByCreatedAt(userId).stream()
                .map(r -> new ResetLinkRow(r.getCreatedAt(), r.getCreatedBy(), r.getExpiresAt(), r.getUsedAt(),
                        r.getReplacedAt()))
                .toList();
    }

    public void erase(long userId) {
        resets.deleteOfUser(userId);
        calendarAddresses.deleteOfUser(userId);
    }
}
