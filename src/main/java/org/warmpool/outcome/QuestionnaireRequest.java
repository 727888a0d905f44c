package org.warmpool.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.EmailAddress;

/** Staff asked the participant to answer the questionnaire again; removed once they have. */
@Entity
@Table(name = "questionnaire_request")
public class QuestionnaireRequest {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String requestedBy;

    protected QuestionnaireRequest() {
    }

    QuestionnaireRequest(long participantId, Instant requestedAt, String requestedBy) {
        this.participantId = participantId;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void renew(Instant at, String by) {
        this.requestedAt = at;
        this.requestedBy = by;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
