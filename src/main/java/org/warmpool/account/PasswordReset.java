package org.warmpool.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.SingleUseLink;
import org.warmpool.security.AppUser;

/**
 * A single-use link to choose a new password, valid for an hour. As with account invitations,
 * only the SHA-256 of the random token is stored, and a newer link replaces the older ones.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends SingleUseLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    protected PasswordReset() {
    }

    PasswordReset(AppUser user, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
        super(tokenHash, createdAt, expiresAt, createdBy);
        this.user = user;
    }

    /** A reset link works for this long; anything longer is an invitation to a new account. */
    static final java.time.Duration RESET_VALID_FOR = java.time.Duration.ofHours(1);

    /** An invitation to a new account (valid for days), rather than a reset link (an hour). */
    boolean isInvitation() {
        return java.time.Duration.between(getCreatedAt(), getExpiresAt()).compareTo(RESET_VALID_FOR) > 0;
    }

    public AppUser getUser() {
        return user;
    }
}
