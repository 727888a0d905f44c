package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * The screening outcome and what opens booking after it: a doctor's clearance, or a record that a
 * doctor has seen a person with a red flag. Staff record both (audited).
 */
@Service
@Transactional
public class ClearanceService {

    private final IntakeRepository intakes;
    private final HealthDataAccess access;
    private final HealthDataAudit audit;
    private final ScreeningOutcomes outcomes;
    private final MyParticipant me;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClearanceService(IntakeRepository intakes, HealthDataAccess access, HealthDataAudit audit,
            ScreeningOutcomes outcomes, MyParticipant me, CurrentUser currentUser, Clock clock) {
        this.intakes = intakes;
        this.access = access;
        this.audit = audit;
        this.outcomes = outcomes;
        this.me = me;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The participant's own latest screening outcome, if they have sent an intake. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public Optional<ScreeningOutcome> myOutcome() {
        return intakes.latestSubmitted(me.id()).map(outcomes::of);
    }

    /** Whether this participant may book now (screened clear, or cleared by a doctor). */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean mayBook(long participantId) {
        access.readable(participantId, false);
        return intakes.latestSubmitted(participantId).map(Intake::allowsBooking).orElse(false);
    }

    /** The front desk records a doctor's clearance; booking opens. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public void recordClearance(long participantId, LocalDate clearedOn, String clearedBy, String note) {
        if (clearedOn == null || clearedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("Enter the date of the clearance; it cannot be in the future.");
        }
        if (clearedBy == null || clearedBy.isBlank() || clearedBy.strip().length() > Intake.DOCTOR_NAME_MAX_LENGTH) {
            throw new RuleViolationException("Enter who gave the clearance (for example the doctor's name).");
        }
        if (note != null && note.length() > Intake.NOTE_MAX_LENGTH) {
            throw new RuleViolationException("The note can be " + Intake.NOTE_MAX_LENGTH + " characters at most.");
        }
        Intake latest = intakes.latestSubmitted(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant has not sent an intake yet."));
        if (latest.hasOpenRedFlag()) {
            throw new RuleViolationException("A red flag cannot be cleared here: the participant must see a doctor "
                    + "first. Record that a doctor has seen them instead.");
        }
        if (!latest.waitsForClearance()) {
            throw new RuleViolationException("This participant needs no clearance.");
        }
        String recordedBy = currentUser.actor();
        // An empty note field means no note.
        latest.recordClearance(clearedOn, clearedBy.strip(), Texts.blankToNull(note), recordedBy, clock.instant());
        audit.record(AuditAction.RECORDED_CLEARANCE, participantId, "Intake " + latest.getId());
    }

    /**
     * Staff record that a doctor has seen a person whose latest intake raised a red flag (who, when,
     * a note). Like a clearance, this opens booking; the red-flag answer itself stays as it was.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public void recordDoctorSeen(long participantId, LocalDate seenOn, String seenBy, String note) {
        if (seenOn == null || seenOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException("Enter the date the doctor saw them; it cannot be in the future.");
        }
        if (seenBy == null || seenBy.isBlank() || seenBy.strip().length() > Intake.DOCTOR_NAME_MAX_LENGTH) {
            throw new RuleViolationException("Enter the doctor's name (" + Intake.DOCTOR_NAME_MAX_LENGTH
                    + " characters at most).");
        }
        if (note != null && note.length() > Intake.NOTE_MAX_LENGTH) {
            throw new RuleViolationException("The note can be " + Intake.NOTE_MAX_LENGTH + " characters at most.");
        }
        Intake latest = intakes.latestSubmitted(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant has not sent an intake yet."));
        if (!latest.hasOpenRedFlag()) {
            throw new RuleViolationException(latest.getOutcome() == ScreeningStatus.RED_FLAG
                    ? "A doctor's visit is already recorded for this red flag."
                    : "This participant's latest intake has no red flag.");
        }
        latest.recordDoctorSeen(seenOn, seenBy.strip(), Texts.blankToNull(note), currentUser.actor(),
                clock.instant());
        audit.record(AuditAction.RECORDED_DOCTOR_SEEN, participantId, "Intake " + latest.getId());
    }
}
