package org.warmpool.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.warmpool.base.AbstractEntity;
import org.warmpool.participant.Participant;
import org.warmpool.schedule.ClassSession;

/** One place in any class the participant qualifies for, given when the clinic cancelled a class. */
@Entity
@Table(name = "makeup_credit")
public class MakeupCredit extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_session_id", nullable = false)
    private ClassSession sourceSession;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MakeupCredit() {
    }

    MakeupCredit(Participant participant, ClassSession sourceSession, Instant issuedAt, LocalDate validUntil) {
        this.participant = participant;
        this.sourceSession = sourceSession;
        this.issuedAt = issuedAt;
        this.validUntil = validUntil;
    }

    boolean usableOn(LocalDate sessionDate, LocalDate today) {
        return usedAt == null && !today.isAfter(validUntil) && !sessionDate.isAfter(validUntil);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void giveBack() {
        this.usedAt = null;
    }

    public Participant getParticipant() {
        return participant;
    }

    public ClassSession getSourceSession() {
        return sourceSession;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
