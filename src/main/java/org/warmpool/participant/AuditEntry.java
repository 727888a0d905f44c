package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.EmailAddress;

/** Who looked at or changed whose health data, and when. Written, never edited. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    public static final int DETAILS_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(length = DETAILS_MAX_LENGTH)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, long participantId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.participantId = participantId;
        this.details = details;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getDetails() {
        return details;
    }
}
