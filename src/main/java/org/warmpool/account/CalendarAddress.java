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
 * A person's private calendar address. Only the SHA-256 of the random token in the address is
 * kept: a copy of the database does not open anyone's calendar. Revoked addresses stay as history.
 */
@Entity
@Table(name = "calendar_address")
public class CalendarAddress extends AbstractEntity {

    /** Hex SHA-256. */
    public static final int TOKEN_HASH_LENGTH = 64;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "token_hash", nullable = false, unique = true, length = TOKEN_HASH_LENGTH)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** The owner while live, null once revoked: a unique constraint keeps one live address a person. */
    @Column(name = "live_user_id")
    private Long liveUserId;

    protected CalendarAddress() {
    }

    CalendarAddress(AppUser user, String tokenHash, Instant createdAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.liveUserId = user.getId();
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
