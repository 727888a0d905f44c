package org.warmpool.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.security.EmailAddress;

/** What the progression advisor suggested for a participant, and what was decided. */
@Entity
@Table(name = "progression_suggestion")
public class ProgressionSuggestion extends AbstractEntity {

    /** The note staff may add when they accept or dismiss a suggestion. */
    public static final int NOTE_MAX_LENGTH = 500;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4, updatable = false)
    private Direction direction;

    @Column(name = "from_level", nullable = false, updatable = false)
    private int fromLevel;

    @Column(name = "to_level", nullable = false, updatable = false)
    private int toLevel;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SuggestionStatus status;

    @Column(name = "decided_by", length = EmailAddress.MAX_LENGTH)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    protected ProgressionSuggestion() {
    }

    ProgressionSuggestion(long participantId, ProgressionAdvisor.Suggestion advice, Instant now) {
        this.participantId = participantId;
        this.direction = advice.direction();
        this.fromLevel = advice.fromLevel();
        this.toLevel = advice.toLevel();
        this.reason = advice.reason();
        this.createdAt = now;
        this.status = SuggestionStatus.OPEN;
    }

    boolean says(ProgressionAdvisor.Suggestion advice) {
        return direction == advice.direction() && fromLevel == advice.fromLevel() && toLevel == advice.toLevel();
    }

    /** The same advice on newer data: the words follow the numbers. */
    void reword(String newReason) {
        this.reason = newReason;
    }

    void withdraw() {
        this.status = SuggestionStatus.WITHDRAWN;
    }

    void decide(boolean accepted, String by, Instant now, String note) {
        this.status = accepted ? SuggestionStatus.ACCEPTED : SuggestionStatus.DISMISSED;
        this.decidedBy = by;
        this.decidedAt = now;
        this.note = note;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Direction getDirection() {
        return direction;
    }

    public int getFromLevel() {
        return fromLevel;
    }

    public int getToLevel() {
        return toLevel;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
