package org.warmpool.participant;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;

/**
 * Who may change and who may read a participant's health data, for the participant feature's
 * services: staff, the participant themselves, and (to read) an instructor while the participant
 * has a confirmed place on a class they teach, from 14 days before that class to 30 days after it
 * ({@link InstructorAccessWindow}). Staff and instructor reads are written to the audit log.
 */
@Component
class HealthDataAccess {

    private final ParticipantRepository participants;
    private final HealthDataAudit audit;
    private final CurrentUser currentUser;
    private final MyParticipant me;
    private final ObjectProvider<RosterMembership> rosters;
    private final InstructorAccessWindow window;

    HealthDataAccess(ParticipantRepository participants, HealthDataAudit audit, CurrentUser currentUser,
            MyParticipant me, ObjectProvider<RosterMembership> rosters, InstructorAccessWindow window) {
        this.window = window;
        this.participants = participants;
        this.audit = audit;
        this.currentUser = currentUser;
        this.me = me;
        this.rosters = rosters;
    }

    Participant find(long participantId) {
        return participants.findById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
    }

    /** The logged-in participant acting on their own record (not staff acting for them). */
    boolean isSelf(long participantId) {
        return currentUser.hasRole(Role.PARTICIPANT) && !currentUser.isStaff() && me.is(participantId);
    }

    /** Staff, or the participant themselves. */
    Participant writable(long participantId) {
        if (currentUser.isStaff()) {
            Participant participant = find(participantId);
            if (participant.isErased()) {
                throw new RuleViolationException("This participant's data was erased on request; nothing new "
                        + "can be recorded for them.");
            }
            return participant;
        }
        Participant mine = me.require();
        if (mine.getId() != participantId) {
            throw new AccessDeniedException("A participant may change only their own intake");
        }
        return mine;
    }

    /** Staff (audited when {@code auditRead}), the participant themselves, or their instructor. */
    Participant readable(long participantId, boolean auditRead) {
        return auditRead ? readable(participantId, AuditAction.VIEWED_HEALTH_RECORD, null) : readable(participantId, null, null);
    }

    /**
     * Staff, the participant themselves, or their instructor; staff and instructor reads are
     * audited with {@code action} unless it is null (details default to who opened the record).
     */
    Participant readable(long participantId, AuditAction action, String details) {
        if (currentUser.isStaff()) {
            Participant participant = find(participantId);
            if (action != null) {
                audit.record(action, participantId,
                        details != null ? details : "Opened the participant's health record");
            }
            return participant;
        }
        if (currentUser.hasRole(Role.INSTRUCTOR)) {
            String email = currentUser.email().orElse("");
            RosterMembership membership = rosters.getIfAvailable();
            if (membership != null && membership.isOnRosterOf(email, participantId, window.firstClassDay(),
                    window.lastClassDay())) {
                Participant participant = find(participantId);
                if (action != null) {
                    audit.record(action, participantId,
                            details != null ? details : "Opened by the participant's instructor");
                }
                return participant;
            }
        }
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            Optional<Participant> mine = me.ifMine(participantId);
            if (mine.isPresent()) {
                return mine.get();
            }
            // An account without a participant record is told so.
            me.require();
        }
        throw new AccessDeniedException("Health data of another participant");
    }
}
