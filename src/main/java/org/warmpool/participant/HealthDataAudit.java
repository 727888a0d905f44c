package org.warmpool.participant;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;

/**
 * Writes the audit log of staff access to health data, in its own transaction: the entry stays
 * even when the caller only reads, or fails afterwards. A row the participant causes themselves
 * (a high pain in their own intake sets their level aside) names them as {@link #SELF}, never by
 * their e-mail address: the audit log is append-only, so it must not hold what erasure removes.
 */
@Component
class HealthDataAudit {

    /** The actor of an entry the participant caused themselves. */
    static final String SELF = "self";

    private final AuditLogRepository log;
    private final ParticipantRepository participants;
    private final CurrentUser currentUser;
    private final Clock clock;

    HealthDataAudit(AuditLogRepository log, ParticipantRepository participants, CurrentUser currentUser,
            Clock clock) {
        this.log = log;
        this.participants = participants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, long participantId, String details) {
        log.save(new AuditEntry(clock.instant(), actorFor(participantId), action.name(), participantId, details));
    }

    /** An entry that commits or rolls back with the caller's change (an erasure and its record are one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithChange(AuditAction action, long participantId, String details) {
        log.save(new AuditEntry(clock.instant(), actorFor(participantId), action.name(), participantId, details));
    }

    /** One entry per participant, all in one transaction: a class list opened at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(AuditAction action, java.util.Collection<Long> participantIds, String details) {
        String actor = currentUser.actor();
        java.time.Instant now = clock.instant();
        log.saveAll(participantIds.stream().map(id -> new AuditEntry(now, actor, action.name(), id, details)).toList());
    }

    /** The logged-in person's e-mail, or {@link #SELF} when they are this participant. */
    private String actorFor(long participantId) {
        boolean self = currentUser.principal().map(AppUserPrincipal::getUserId)
                .flatMap(participants::findByUserId)
                .map(me -> me.getId() == participantId)
                .orElse(false);
        return self ? SELF : currentUser.actor();
    }
}
