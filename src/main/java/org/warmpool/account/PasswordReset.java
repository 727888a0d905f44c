package org.warmpool.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.security.AppUser;

/**
 * A single-use link to choose a new password, valid for an hour. As with account invitations,
 * only the SHA-256 of the random token is stored, and a newer link replaces the older ones.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who asked: the person themselves ("forgot password") or the staff member who made the link. */
    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected PasswordReset() {
    }

    PasswordReset(AppUser user, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
        this.user = user;
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

    /** A reset link works for this long; anything longer is an invitation to a new account. */
    static final java.time.Duration RESET_VALID_FOR = java.time.Duration.ofHours(1);

    /** An invitation to a new account (valid for days), rather than a reset link (an hour). */
    boolean isInvitation() {
        return java.time.Duration.between(createdAt, expiresAt).compareTo(RESET_VALID_FOR) > 0;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public AppUser getUser() {
        return user;
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
}
