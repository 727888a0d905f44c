package org.warmpool.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;

/**
 * One attempt that a limit counts: a log-in (kept as a failure unless it succeeds), a
 * self-registration or a request for a reset link. In the database, so that every app node counts
 * the same attempts.
 */
@Entity
@Table(name = "request_attempt")
class RequestAttempt extends AbstractEntity {

    /** The longest client address kept (an IPv6 address with a zone fits); longer ones are cut. */
    static final int ADDRESS_MAX_LENGTH = 64;
    /** A SHA-256 in hex. */
    static final int ACCOUNT_KEY_LENGTH = 64;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestAction action;

    @Column(name = "account_key", length = ACCOUNT_KEY_LENGTH)
    private String accountKey;

    @Column(name = "client_address", nullable = false, length = ADDRESS_MAX_LENGTH)
    private String clientAddress;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected RequestAttempt() {
    }

    RequestAttempt(RequestAction action, String accountKey, String clientAddress, Instant attemptedAt) {
        this.action = action;
        this.accountKey = accountKey;
        this.clientAddress = clientAddress;
        this.attemptedAt = attemptedAt;
    }
}
