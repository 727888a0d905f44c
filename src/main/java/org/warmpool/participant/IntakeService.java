package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.Roles;

/**
 * The intake, step by step, until it is screened and sent. A participant works on their own
 * intake; the front desk may fill one in for a walk-in (audited when sent).
 */
@Service
@Transactional
public class IntakeService {

    private final IntakeRepository intakes;
    private final HealthDataAccess access;
    private final HealthDataAudit audit;
    private final ScreeningOutcomes outcomes;
    private final MyParticipant me;
    private final ProgrammeSettingsService programme;
    private final ParticipantDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    IntakeService(IntakeRepository intakes, HealthDataAccess access, HealthDataAudit audit,
            ScreeningOutcomes outcomes, MyParticipant me, ProgrammeSettingsService programme,
            ParticipantDirectory directory, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.intakes = intakes;
        this.access = access;
        this.audit = audit;
        this.outcomes = outcomes;
        this.me = me;
        this.programme = programme;
        this.directory = directory;
        this.clock = clock;
    }

    /** The logged-in participant's own id. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public long myParticipantId() {
        return me.id();
    }

    /**
     * The draft being filled in for this participant, created when there is none: a first intake
     * starts empty, a later one starts from the last answers.
     *
     * @param participantId the participant; the logged-in participant may only pass their own id
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public Intake draft(long participantId) {
        Intake draft = draftOf(participantId);
        auditStaff(participantId, AuditAction.OPENED_INTAKE, draft);
        return draft;
    }

    /** Staff acting on someone's intake leave an entry: what they did and which intake, never the answers. */
    private void auditStaff(long participantId, AuditAction action, Intake intake) {
        if (!access.isSelf(participantId)) {
            audit.record(action, participantId, "Intake " + intake.getId());
        }
    }

    /** The draft of a step being saved: staff saving it are audited. */
    private Intake changing(long participantId) {
        Intake draft = draftOf(participantId);
        auditStaff(participantId, AuditAction.CHANGED_INTAKE, draft);
        return draft;
    }

    private Intake draftOf(long participantId) {
        Participant participant = access.writable(participantId);
        return intakes.findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.DRAFT)
                .orElseGet(() -> intakes.save(intakes.latestSubmitted(participantId)
                        .map(last -> last.copyAsDraft(clock.instant()))
                        .orElseGet(() -> new Intake(participant, clock.instant()))));
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void savePain(long participantId, Integer painNow, PainDuration duration, Integer weeks) {
        if (painNow == null || painNow < 0 || painNow > 10) {
            throw new RuleViolationException("Choose how strong your pain is now, from 0 (none) to 10 (worst).");
        }
        if (weeks != null && (weeks < 0 || weeks > Intake.PAIN_WEEKS_MAX)) {
            throw new RuleViolationException("The number of weeks is from 0 to "
                    + org.warmpool.base.ClinicFormats.number(Intake.PAIN_WEEKS_MAX) + ".");
        }
        if (duration == null && weeks == null) {
            throw new RuleViolationException("Tell us how long you have had this pain.");
        }
        changing(participantId).savePain(painNow, duration, weeks);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveCause(long participantId, Condition condition) {
        if (condition == null) {
            throw new RuleViolationException("Choose the main cause, or \"Something else, or I don't know\".");
        }
        changing(participantId).saveCondition(condition);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveRedFlags(long participantId, Set<RedFlag> present) {
        Intake draft = changing(participantId);
        keepOpenRedFlags(participantId, present);
        draft.saveRedFlags(present);
    }

    /**
     * A red flag that no doctor has been recorded as seeing cannot be answered "No" again, by the
     * participant or by staff: it is never rewritten, and only a doctor-seen record opens booking.
     */
    private void keepOpenRedFlags(long participantId, Set<RedFlag> present) {
        intakes.latestSubmitted(participantId).filter(Intake::hasOpenRedFlag).ifPresent(latest -> {
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
        changing(participantId).saveContraindications(present);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public void saveAccess(long participantId, Boolean needsLift, Boolean deepWaterOk, Set<DayOfWeek> days,
            Set<TimeOfDay> times) {
        if (needsLift == null || deepWaterOk == null) {
            throw new RuleViolationException("Answer both questions about getting into the pool and deep water.");
        }
        changing(participantId).saveAccessAndPreferences(needsLift, deepWaterOk, days, times);
    }

    /** Screens and submits the draft; the outcome is stored and returned. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public ScreeningOutcome submit(long participantId) {
        Intake draft = draftOf(participantId);
        IntakeStep missing = draft.firstMissingStep();
        if (missing != null) {
            throw new RuleViolationException("Please answer the step \"" + missing.title() + "\" first.");
        }
        keepOpenRedFlags(participantId, draft.getRedFlags());
        ScreeningOutcome outcome = outcomes.screening().assess(draft.answers());
        draft.submit(outcome.status(), clock.instant());
        auditStaff(participantId, AuditAction.SUBMITTED_INTAKE, draft);
        LevelSetAside.because(draft.getPainNow(), draft.getRedFlags(), programme.current().getHighPainFrom(),
                "in the intake").ifPresent(reason -> directory.setLevelAside(participantId, reason, clock.instant()));
        events.publishEvent(new IntakeSubmitted(participantId));
        return outcome;
    }
}
