package org.warmpool.security;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;

/**
 * A link that works once, until it expires or a newer one replaces it: an account invitation, a
 * password reset. Only the SHA-256 of the random token is stored ({@link SecretTokens}), so the
 * database alone does not let anyone take over an account.
 */
@MappedSuperclass
public abstract class SingleUseLink extends AbstractEntity {

    /** A SHA-256 in hexadecimal. */
    public static final int TOKEN_HASH_LENGTH = 64;

    @Column(name = "token_hash", nullable = false, unique = true, length = TOKEN_HASH_LENGTH)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who made it: the staff member, or the person themselves. */
    @Column(name = "created_by", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    /** When a newer link for the same person made this one stop working. */
    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected SingleUseLink() {
    }

    protected SingleUseLink(String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isReplaced() {
        return replacedAt != null;
    }

    public void use(Instant now) {
        this.usedAt = now;
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

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
