package org.warmpool.participant;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/**
 * Participants as other features need them, without health data: the booking feature locks a
 * participant while it checks their other bookings, and finds the participant of a login; the
 * progress feature sets the level a participant moved to. The caller's service checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ParticipantDirectory {

    private final ParticipantRepository participants;
    private final EntityManager entityManager;

    ParticipantDirectory(ParticipantRepository participants, EntityManager entityManager) {
        this.participants = participants;
        this.entityManager = entityManager;
    }

    /** Locks the participant row until the transaction ends: one booking decision at a time for them. */
    public Participant lock(long participantId) {
        Participant participant = participants.lockById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
        // Read earlier in this transaction, the row may have changed before the lock: read it again.
        entityManager.refresh(participant);
        return participant;
    }

    public Optional<Participant> ofUser(long userId) {
        return participants.findByUserId(userId);
    }

    /** The level a progression moved the participant to; matching never offers a level above it. */
    public void setCurrentLevel(long participantId, int level) {
        lock(participantId).setCurrentLevel(level);
    }
}
