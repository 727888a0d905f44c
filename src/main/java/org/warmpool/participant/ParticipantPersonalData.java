package org.warmpool.participant;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUser;

/**
 * The participant feature's part of "the person's own data": what it holds about one participant
 * (the record, every intake with its screening, clearance and doctor's visit, account invitations,
 * the audit entries about them), and erasing it. Only inside the caller's transaction: the caller's
 * service checks who may ask (the participant for their own download, an administrator to erase).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ParticipantPersonalData {

    /** An invitation as the participant sees it in their download: never the token's hash. */
    public record InvitationRow(Instant createdAt, String createdBy, Instant expiresAt, Instant usedAt,
            Instant replacedAt) {
    }

    /** What erasing the participant row left for the other features to clean up. */
    public record Erased(long participantId, AppUser account, List<String> formerEmails) {
    }

    private final ParticipantRepository participants;
    private final IntakeRepository intakes;
    private final AccountInvitationRepository invitations;
    private final AuditLogRepository auditLog;
    private final HealthDataAudit audit;

    ParticipantPersonalData(ParticipantRepository participants, IntakeRepository intakes,
            AccountInvitationRepository invitations, AuditLogRepository auditLog, HealthDataAudit audit) {
        this.participants = participants;
        this.intakes = intakes;
        this.invitations = invitations;
        this.auditLog = auditLog;
        this.audit = audit;
    }

    public Participant participant(long participantId) {
        return participants.findById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
    }

    /** Every intake, drafts included, oldest first. */
    public List<Intake> intakes(long participantId) {
        return intakes.findByParticipantIdOrderByStartedAtAscIdAsc(participantId);
    }

    public List<InvitationRow> invitations(long participantId) {
        return invitations.findByParticipantIdOrderByCreatedAt(participantId).stream()
                .map(i -> new InvitationRow(i.getCreatedAt(), i.getCreatedBy(), i.getExpiresAt(), i.getUsedAt(),
                        i.getReplacedAt()))
                .toList();
    }

    /** The audit log's entries about the participant, oldest first. Reading them is not itself audited. */
    public List<AuditEntry> auditEntries(long participantId) {
        return auditLog.findByParticipantIdOrderByOccurredAtAscIdAsc(participantId);
    }

    /**
     * Locks the participant row and removes what identifies them: intakes (answers, screening,
     * clearance and doctor's visit, with their notes) and account invitations are deleted, the row
     * keeps only a reference name. Written to the audit log as ERASED_PARTICIPANT in the same
     * transaction. The account, if any, is returned for the security feature to disable.
     */
    public Erased erase(long participantId, Instant now) {
        Participant participant = participants.lockById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
        if (participant.isErased()) {
            throw new RuleViolationException("This participant has been erased already.");
        }
        List<String> formerEmails = java.util.stream.Stream.of(participant.getEmail(),
                        participant.getUser() == null ? null : participant.getUser().getEmail())
                .filter(java.util.Objects::nonNull).distinct().toList();
        intakes.deleteOfParticipant(participantId);
        invitations.deleteOfParticipant(participantId);
        participant.erase(now);
        participants.flush();
        audit.recordWithChange(AuditAction.ERASED_PARTICIPANT, participantId, "Participant " + participantId);
        return new Erased(participantId, participant.getUser(), formerEmails);
    }
}
