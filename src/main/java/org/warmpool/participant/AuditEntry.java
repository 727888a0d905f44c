package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.ActionRecord;

/** Who looked at or changed whose health data, and when. Written, never edited. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends ActionRecord {

    public static final int DETAILS_MAX_LENGTH = 500;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = DETAILS_MAX_LENGTH)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, long participantId, String details) {
        super(occurredAt, actor);
        this.participantId = participantId;
        this.action = action;
        this.details = details;
    }

    public long getParticipantId() {
        return participantId;
    }

    /** SUBMITTED_INTAKE, RECORDED_CLEARANCE, VIEWED_HEALTH_RECORD, ... */
    public String getAction() {
        return action;
    }

    public String getDetails() {
        return details;
    }
}
