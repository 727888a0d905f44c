package org.warmpool.participant;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.engine.spi.SessionImplementor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/**
 * Participants as other features need them, without health data: the booking feature locks a
 * participant while it checks their other bookings; the
 * progress feature sets the level a participant moved to. The caller's service checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ParticipantDirectory {

    private final ParticipantRepository participants;
    private final EntityManager entityManager;
    private final HealthDataAudit audit;

    ParticipantDirectory(ParticipantRepository participants, EntityManager entityManager, HealthDataAudit audit) {
        this.participants = participants;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Locks the participant row until the transaction ends: one booking decision at a time for them. */
    public Participant lock(long participantId) {
        boolean readBefore = inThisTransaction(participantId);
        Participant participant = participants.lockById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
        if (readBefore) {
            // Read earlier in this transaction, the row may have changed before the lock: read it
            // again (the locking query does not overwrite an entity already read). Read first by the
            // lock, as in a booking, it is the row as locked.
            entityManager.refresh(participant);
        }
        return participant;
    }

    /**
     * {@link #lock} for the participant of an account, found and locked in one statement.
     *
     * @return empty when the account has no participant record
     */
    Optional<Participant> lockOfAccount(long userId) {
        boolean readBefore = anyParticipantInThisTransaction();
        Optional<Participant> participant = participants.lockByUserId(userId);
        if (readBefore) {
            participant.ifPresent(entityManager::refresh);
        }
        return participant;
    }

    private boolean anyParticipantInThisTransaction() {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        String participant = Participant.class.getName();
        return session.getPersistenceContextInternal().getEntitiesByKey().keySet().stream()
                .anyMatch(key -> key.getEntityName().equals(participant));
    }

    private boolean inThisTransaction(long participantId) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        return session.getPersistenceContextInternal().containsEntity(session.generateEntityKey(participantId,
                session.getFactory().getMappingMetamodel().getEntityDescriptor(Participant.class)));
    }

    /** The level a progression moved the participant to; matching never offers a level above it. */
    public void setCurrentLevel(long participantId, int level) {
        lock(participantId).setCurrentLevel(level);
    }

    /**
     * Sets the participant's accepted level aside, when they have one, because of what they reported
     * (high pain, a red flag); the gentle levels apply until staff accept a level again.
     *
     * @return whether a level was set aside
     */
    public boolean setLevelAside(long participantId, String reason, Instant now) {
        boolean setAside = lock(participantId).setLevelAside(reason, now);
        if (setAside) {
            audit.record(AuditAction.SET_LEVEL_ASIDE, participantId, "Accepted level set aside");
        }
        return setAside;
    }
}
