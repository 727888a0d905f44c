package org.warmpool.participant;

import java.util.List;
import org.springframework.stereotype.Component;

/** The audit log of a participant's record, newest first, read straight from the database for tests. */
@Component
public class AuditTrail {

    private final AuditLogRepository log;

    AuditTrail(AuditLogRepository log) {
        this.log = log;
    }

    public List<AuditEntry> of(long participantId) {
        return log.findByParticipantIdOrderByOccurredAtDesc(participantId);
    }
}
