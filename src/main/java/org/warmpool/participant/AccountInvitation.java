package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.security.EmailAddress;

/**
 * A single-use link for a walk-in to set their password. Only the SHA-256 of the random token is
 * stored, so that the database alone does not let anyone take over the account.
 */
@Entity
@Table(name = "account_invitation")
public class AccountInvitation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** When a newer invitation for the same participant made this link stop working. */
    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected AccountInvitation() {
    }

    AccountInvitation(Participant participant, String tokenHash, Instant createdAt, Instant expiresAt,
            String createdBy) {
        this.participant = participant;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    boolean isReplaced() {
        return replacedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
