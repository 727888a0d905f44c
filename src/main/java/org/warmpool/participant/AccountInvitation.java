package org.warmpool.participant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.SingleUseLink;

/**
 * A single-use link for a walk-in to set their password. Only the SHA-256 of the random token is
 * stored, so that the database alone does not let anyone take over the account.
 */
@Entity
@Table(name = "account_invitation")
public class AccountInvitation extends SingleUseLink {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    protected AccountInvitation() {
    }

    AccountInvitation(Participant participant, String tokenHash, Instant createdAt, Instant expiresAt,
            String createdBy) {
        super(tokenHash, createdAt, expiresAt, createdBy);
        this.participant = participant;
    }

    public Participant getParticipant() {
        return participant;
    }
}
