package org.warmpool.participant;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.CurrentUser;

/**
 * Writes the audit log of staff access to health data, in its own transaction: the entry stays
 * even when the caller only reads, or fails afterwards.
 */
@Component
class HealthDataAudit {

    private final AuditLogRepository log;
    private final CurrentUser currentUser;
    private final Clock clock;

    HealthDataAudit(AuditLogRepository log, CurrentUser currentUser, Clock clock) {
        this.log = log;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, long participantId, String details) {
        String actor = currentUser.actor();
        log.save(new AuditEntry(clock.instant(), actor, action.name(), participantId, details));
    }

    /** One entry per participant, all in one transaction: a class list opened at once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(AuditAction action, java.util.Collection<Long> participantIds, String details) {
        String actor = currentUser.actor();
        java.time.Instant now = clock.instant();
        log.saveAll(participantIds.stream().map(id -> new AuditEntry(now, actor, action.name(), id, details)).toList());
    }
}
