package org.warmpool.participant;

import java.time.Instant;

/**
 * One audit log entry as the administrator sees it: when, who (the actor's e-mail), whose record,
 * what kind (stored code) and which record ("Intake 42"), never health details.
 */
public record AuditRow(long id, Instant occurredAt, String actor, String action, long participantId,
        String participantName, String reference) {

    /** The kind in plain words ({@link AuditAction#staffWords(String)}). */
    public String kind() {
        return AuditAction.staffWords(action);
    }
}
