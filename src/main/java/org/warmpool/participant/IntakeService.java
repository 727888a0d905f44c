package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;

/**
 * The intake, step by step, and who may see it. A participant works on their own intake; the
 * front desk may fill one in for a walk-in and reads any participant's record (each read is
 * audited); an instructor reads only participants on their own rosters.
 */
@Service
@Transactional
public class IntakeService {

    private final ParticipantRepository participants;
    private final IntakeRepository intakes;
    private final HealthDataAudit audit;
    private final AuditLogRepository auditLog;
    private final CurrentUser currentUser;
    private final ObjectProvider<RosterMembership> rosters;
    private final ProgrammeSettingsService programme;
    private final ParticipantDirectory directory;
    private final Clock clock;

    IntakeService(ParticipantRepository participants, IntakeRepository intakes, HealthDataAudit audit,
            AuditLogRepository auditLog, CurrentUser currentUser, ObjectProvider<RosterMembership> rosters,
            ProgrammeSettingsService programme, ParticipantDirectory directory, Clock clock) {
        this.directory = directory;
        this.programme = programme;
        this.participants = participants;
        this.intakes = intakes;
        this.audit = audit;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** The logged-in participant's own id. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public long myParticipantId() {
        return me().getId();
    }

    /**
     * The draft being filled in for this participant, created when there is none: a first intake
     * starts empty, a later one starts from the last answers.
     *
     * @param participantId the participant; the logged-in participant may only pass their own id
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public Intake draft(long participantId) {
        Participant participant = writable(participantId);
        return intakes.findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.DRAFT)
                .orElseGet(() -> intakes.save(intakes
                        .findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.SUBMITTED)
                        .map(last -> last.copyAsDraft(clock.instant()))
                        .orElseGet(() -> new Intake(participant, clock.instant()))));
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void savePain(long participantId, Integer painNow, PainDuration duration, Integer weeks) {
        if (painNow == null || painNow < 0 || painNow > 10) {
            throw new RuleViolationException("Choose how strong your pain is now, from 0 (none) to 10 (worst).");
        }
        if (weeks != null && (weeks < 0 || weeks > 5200)) {
            throw new RuleViolationException("The number of weeks must be 0 or more.");
        }
        if (duration == null && weeks == null) {
            throw new RuleViolationException("Tell us how long you have had this pain.");
        }
        draft(participantId).savePain(painNow, duration, weeks);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveCause(long participantId, Condition condition) {
        if (condition == null) {
            throw new RuleViolationException("Choose the main cause, or \"Something else, or I don't know\".");
        }
        draft(participantId).saveCondition(condition);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveRedFlags(long participantId, Set<RedFlag> present) {
        Intake draft = draft(participantId);
        keepOpenRedFlags(participantId, present);
        draft.saveRedFlags(present);
    }

    /**
     * A red flag that no doctor has been recorded as seeing cannot be answered "No" again, by the
     * participant or by staff: it is never rewritten, and only a doctor-seen record opens booking.
     */
    private void keepOpenRedFlags(long participantId, Set<RedFlag> present) {
        latestSubmitted(participantId).filter(Intake::hasOpenRedFlag).ifPresent(latest -> {
            List<RedFlag> dropped = latest.getRedFlags().stream().filter(flag -> !present.contains(flag)).toList();
            if (!dropped.isEmpty()) {
                throw new RuleViolationException("The earlier answer \"" + dropped.get(0).reason() + "\" stays as it "
                        + "was: it is a warning sign that needs a doctor. Once a doctor has seen the person, the "
                        + "front desk records that on the participant's page, and booking opens.");
            }
        });
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveContraindications(long participantId, Set<Contraindication> present) {
        draft(participantId).saveContraindications(present);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveAccess(long participantId, Boolean needsLift, Boolean deepWaterOk, Set<DayOfWeek> days,
            Set<TimeOfDay> times) {
        if (needsLift == null || deepWaterOk == null) {
            throw new RuleViolationException("Answer both questions about getting into the pool and deep water.");
        }
        draft(participantId).saveAccessAndPreferences(needsLift, deepWaterOk, days, times);
    }

    /** Screens and submits the draft; the outcome is stored and returned. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public ScreeningOutcome submit(long participantId) {
        Intake draft = draft(participantId);
        IntakeStep missing = draft.firstMissingStep();
        if (missing != null) {
            throw new RuleViolationException("Please answer the step \"" + missing.title() + "\" first.");
        }
        keepOpenRedFlags(participantId, draft.getRedFlags());
        ScreeningOutcome outcome = screening().assess(draft.answers());
        draft.submit(outcome.status(), clock.instant());
        if (!isSelf(participantId)) {
            audit.record("SUBMITTED_INTAKE", participantId, "Intake submitted for the participant: "
                    + outcome.status());
        }
        LevelSetAside.because(draft.getPainNow(), draft.getRedFlags(), programme.current().getHighPainFrom(),
                "in the intake").ifPresent(reason -> directory.setLevelAside(participantId, reason, clock.instant()));
        return outcome;
    }

    /** The participant's own latest screening outcome, if they have sent an intake. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public Optional<ScreeningOutcome> myOutcome() {
        return latestSubmitted(me().getId()).map(this::outcomeOf);
    }

    /** Whether this participant may book now (screened clear, or cleared by a doctor). */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public boolean mayBook(long participantId) {
        readable(participantId, false);
        return latestSubmitted(participantId).map(Intake::allowsBooking).orElse(false);
    }

    /** A participant's record with health data: their own, or for staff (audited), or their instructor. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public HealthRecord record(long participantId) {
        Participant participant = readable(participantId, true);
        Optional<Intake> latest = latestSubmitted(participantId);
        List<Intake> history = intakes.findByParticipantIdAndStatusOrderBySubmittedAtDesc(participantId,
                IntakeStatus.SUBMITTED);
        return new HealthRecord(participant, latest, latest.map(this::outcomeOf), history);
    }

    /**
     * Checks that the caller may read this participant's health data kept by another feature (for
     * example their pain check-ins), by the same rule as {@link #record}: the participant
     * themselves, staff, or an instructor with the participant on a roster. A staff or instructor
     * read is written to the audit log with this action and details.
     *
     * @throws AccessDeniedException for anyone else
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Participant openHealthData(long participantId, String action, String details) {
        return readable(participantId, action, details);
    }

    /**
     * The same check for everyone on a class list, with their audit entries written together (one
     * transaction instead of one per person).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public void openHealthDataOfClass(java.util.Collection<Long> participantIds, String action, String details) {
        participantIds.forEach(id -> readable(id, null, null));
        if (!participantIds.isEmpty()) {
            audit.recordAll(action, participantIds, details);
        }
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
        Intake latest = latestSubmitted(participantId)
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
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        latest.recordClearance(clearedOn, clearedBy.strip(), cleanNote, recordedBy, clock.instant());
        audit.record("RECORDED_CLEARANCE", participantId, "Cleared on " + clearedOn + " by " + clearedBy.strip());
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
        Intake latest = latestSubmitted(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant has not sent an intake yet."));
        if (!latest.hasOpenRedFlag()) {
            throw new RuleViolationException(latest.getOutcome() == ScreeningStatus.RED_FLAG
                    ? "A doctor's visit is already recorded for this red flag."
                    : "This participant's latest intake has no red flag.");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        latest.recordDoctorSeen(seenOn, seenBy.strip(), cleanNote, currentUser.actor(), clock.instant());
        audit.record("RECORDED_DOCTOR_SEEN", participantId, "Seen by a doctor on " + seenOn + ": "
                + seenBy.strip() + " (red flags: " + latest.getRedFlags().stream().map(RedFlag::reason)
                .collect(java.util.stream.Collectors.joining(", ")) + ")");
    }

    /** Name and contact details without health data, for staff screens that act for a participant. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ParticipantSummary summary(long participantId) {
        return ParticipantSummary.of(find(participantId));
    }

    /** Front desk search by name, e-mail or phone, a page at a time. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ParticipantSummary> search(String text, Pageable page) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return participants.search(pattern, page).map(ParticipantSummary::of).getContent();
    }

    private ScreeningOutcome outcomeOf(Intake intake) {
        ScreeningOutcome screened = screening().assess(intake.answers());
        if (intake.getOutcome() == ScreeningStatus.RED_FLAG && intake.isDoctorSeen()) {
            if (intake.waitsForClearance()) {
                return new ScreeningOutcome(ScreeningStatus.NEEDS_CLEARANCE, screened.redFlags(),
                        screened.contraindications(), screened.chronic(), screened.highPain(), "A doctor has seen you "
                        + "about the warning signs you told us about. Before your first class we still need a note "
                        + "from your doctor that pool exercise is safe for you; the front desk will open booking.");
            }
            return new ScreeningOutcome(ScreeningStatus.CLEARED, screened.redFlags(), screened.contraindications(),
                    screened.chronic(), screened.highPain(), "A doctor has seen you about the warning signs you told "
                    + "us about, and the clinic has recorded it. You can book classes.");
        }
        if (intake.getOutcome() == ScreeningStatus.NEEDS_CLEARANCE && intake.isCleared()) {
            return new ScreeningOutcome(ScreeningStatus.CLEARED, screened.redFlags(), screened.contraindications(),
                    screened.chronic(), screened.highPain(), "Your doctor's clearance is recorded. You can book "
                    + "classes.");
        }
        return screened;
    }

    /** Screening with the thresholds the administrator set (high pain, chronic pain). */
    private Screening screening() {
        ProgrammeSettings settings = programme.current();
        return new Screening(settings.getHighPainFrom(), settings.getChronicFromWeeks());
    }

    private Optional<Intake> latestSubmitted(long participantId) {
        return intakes.findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.SUBMITTED);
    }

    private Participant me() {
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return participants.findByUserId(userId).orElseThrow(() -> new RuleViolationException(
                "Your account has no participant record. Please ask the front desk."));
    }

    private boolean isSelf(long participantId) {
        return currentUser.hasRole(Role.PARTICIPANT) && !isStaff()
                && participants.findById(participantId).map(p -> p.getUser() != null
                && currentUser.principal().map(AppUserPrincipal::getUserId).orElse(-1L)
                .equals(p.getUser().getId())).orElse(false);
    }

    private boolean isStaff() {
        return currentUser.isStaff();
    }

    private Participant find(long participantId) {
        return participants.findById(participantId)
                .orElseThrow(() -> new RuleViolationException("This participant no longer exists."));
    }

    /** Staff, or the participant themselves. */
    private Participant writable(long participantId) {
        if (isStaff()) {
            return find(participantId);
        }
        Participant me = me();
        if (me.getId() != participantId) {
            throw new AccessDeniedException("A participant may change only their own intake");
        }
        return me;
    }

    /** Staff (audited when {@code auditRead}), the participant themselves, or their instructor. */
    private Participant readable(long participantId, boolean auditRead) {
        return auditRead ? readable(participantId, "VIEWED_HEALTH_RECORD", null) : readable(participantId, null, null);
    }

    /**
     * Staff, the participant themselves, or their instructor; staff and instructor reads are
     * audited with {@code action} unless it is null (details default to who opened the record).
     */
    private Participant readable(long participantId, String action, String details) {
        if (isStaff()) {
            Participant participant = find(participantId);
            if (action != null) {
                audit.record(action, participantId,
                        details != null ? details : "Opened the participant's health record");
            }
            return participant;
        }
        if (currentUser.hasRole(Role.INSTRUCTOR)) {
            String email = currentUser.principal().map(AppUserPrincipal::getUsername).orElse("");
            RosterMembership membership = rosters.getIfAvailable();
            if (membership != null && membership.isOnRosterOf(email, participantId)) {
                Participant participant = find(participantId);
                if (action != null) {
                    audit.record(action, participantId,
                            details != null ? details : "Opened by the participant's instructor");
                }
                return participant;
            }
        }
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            Participant me = me();
            if (me.getId() == participantId) {
                return me;
            }
        }
        throw new AccessDeniedException("Health data of another participant");
    }

    /** The audit trail of a participant's record, newest first: for the administrator. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail(long participantId) {
        return auditLog.findByParticipantIdOrderByOccurredAtDesc(participantId);
    }
}
