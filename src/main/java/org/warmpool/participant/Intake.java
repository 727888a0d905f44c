package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.warmpool.base.AbstractEntity;
import org.warmpool.base.EnumMask;
import org.warmpool.security.EmailAddress;

/**
 * One filling-in of the intake. A participant's intakes are kept as history: a change of pain
 * makes a new intake, never an edit of a submitted one.
 */
@Entity
@Table(name = "intake")
public class Intake extends AbstractEntity {

    /** The name of the doctor who gave a clearance or saw a red-flag participant. */
    public static final int DOCTOR_NAME_MAX_LENGTH = 120;

    /** The note kept with a clearance or a doctor's visit. */
    public static final int NOTE_MAX_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IntakeStatus status = IntakeStatus.DRAFT;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "pain_now")
    private Integer painNow;

    @Enumerated(EnumType.STRING)
    @Column(name = "pain_duration", length = 20)
    private PainDuration painDuration;

    @Column(name = "pain_weeks")
    private Integer painWeeks;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_code", length = 20)
    private Condition condition;

    @Column(name = "red_flags_mask", nullable = false)
    private int redFlagsMask;

    @Column(name = "red_flags_answered", nullable = false)
    private boolean redFlagsAnswered;

    @Column(name = "contraindications_mask", nullable = false)
    private int contraindicationsMask;

    @Column(name = "contraindications_answered", nullable = false)
    private boolean contraindicationsAnswered;

    @Column(name = "needs_lift")
    private Boolean needsLift;

    @Column(name = "deep_water_ok")
    private Boolean deepWaterOk;

    @Column(name = "preferred_days_mask", nullable = false)
    private int preferredDaysMask;

    @Column(name = "preferred_times_mask", nullable = false)
    private int preferredTimesMask;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ScreeningStatus outcome;

    @Column(name = "cleared_on")
    private LocalDate clearedOn;

    @Column(name = "cleared_by", length = DOCTOR_NAME_MAX_LENGTH)
    private String clearedBy;

    @Column(name = "clearance_note", length = NOTE_MAX_LENGTH)
    private String clearanceNote;

    @Column(name = "clearance_recorded_by", length = EmailAddress.MAX_LENGTH)
    private String clearanceRecordedBy;

    @Column(name = "clearance_recorded_at")
    private Instant clearanceRecordedAt;

    @Column(name = "doctor_seen_on")
    private LocalDate doctorSeenOn;

    @Column(name = "doctor_seen_by", length = DOCTOR_NAME_MAX_LENGTH)
    private String doctorSeenBy;

    @Column(name = "doctor_seen_note", length = NOTE_MAX_LENGTH)
    private String doctorSeenNote;

    @Column(name = "doctor_seen_recorded_by", length = EmailAddress.MAX_LENGTH)
    private String doctorSeenRecordedBy;

    @Column(name = "doctor_seen_recorded_at")
    private Instant doctorSeenRecordedAt;

    protected Intake() {
    }

    Intake(Participant participant, Instant startedAt) {
        this.participant = participant;
        this.startedAt = startedAt;
    }

    /** A new draft that starts from an earlier intake's answers, so that only changes are entered. */
    Intake copyAsDraft(Instant now) {
        Intake copy = new Intake(participant, now);
        copy.painNow = painNow;
        copy.painDuration = painDuration;
        copy.painWeeks = painWeeks;
        copy.condition = condition;
        copy.redFlagsMask = redFlagsMask;
        copy.redFlagsAnswered = redFlagsAnswered;
        copy.contraindicationsMask = contraindicationsMask;
        copy.contraindicationsAnswered = contraindicationsAnswered;
        copy.needsLift = needsLift;
        copy.deepWaterOk = deepWaterOk;
        copy.preferredDaysMask = preferredDaysMask;
        copy.preferredTimesMask = preferredTimesMask;
        return copy;
    }

    void savePain(int painNow, PainDuration duration, Integer weeks) {
        this.painNow = painNow;
        this.painDuration = duration;
        this.painWeeks = weeks;
    }

    void saveCondition(Condition condition) {
        this.condition = condition;
    }

    void saveRedFlags(Set<RedFlag> flags) {
        this.redFlagsMask = EnumMask.of(flags);
        this.redFlagsAnswered = true;
    }

    void saveContraindications(Set<Contraindication> found) {
        this.contraindicationsMask = EnumMask.of(found);
        this.contraindicationsAnswered = true;
    }

    void saveAccessAndPreferences(boolean needsLift, boolean deepWaterOk, Set<DayOfWeek> days,
            Set<TimeOfDay> times) {
        this.needsLift = needsLift;
        this.deepWaterOk = deepWaterOk;
        this.preferredDaysMask = EnumMask.of(days);
        this.preferredTimesMask = EnumMask.of(times);
    }

    /** Which step still needs an answer, or null when every step is answered. */
    IntakeStep firstMissingStep() {
        if (painNow == null || (painDuration == null && painWeeks == null)) {
            return IntakeStep.PAIN;
        }
        if (condition == null) {
            return IntakeStep.CAUSE;
        }
        if (!redFlagsAnswered) {
            return IntakeStep.SAFETY;
        }
        if (!contraindicationsAnswered) {
            return IntakeStep.HEALTH;
        }
        if (needsLift == null || deepWaterOk == null) {
            return IntakeStep.ACCESS;
        }
        return null;
    }

    IntakeAnswers answers() {
        return new IntakeAnswers(painNow, painDuration, painWeeks, condition, getRedFlags(), getContraindications(),
                Boolean.TRUE.equals(needsLift), Boolean.TRUE.equals(deepWaterOk), getPreferredDays(),
                getPreferredTimes());
    }

    void submit(ScreeningStatus outcome, Instant now) {
        this.outcome = outcome;
        this.status = IntakeStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void recordClearance(LocalDate clearedOn, String clearedBy, String note, String recordedBy, Instant now) {
        this.clearedOn = clearedOn;
        this.clearedBy = clearedBy;
        this.clearanceNote = note;
        this.clearanceRecordedBy = recordedBy;
        this.clearanceRecordedAt = now;
    }

    void recordDoctorSeen(LocalDate seenOn, String seenBy, String note, String recordedBy, Instant now) {
        this.doctorSeenOn = seenOn;
        this.doctorSeenBy = seenBy;
        this.doctorSeenNote = note;
        this.doctorSeenRecordedBy = recordedBy;
        this.doctorSeenRecordedAt = now;
    }

    public boolean isCleared() {
        return clearedOn != null;
    }

    /** Whether staff recorded that a doctor has seen the person about this intake's red flag. */
    public boolean isDoctorSeen() {
        return doctorSeenOn != null;
    }

    /** A red flag no doctor has been recorded as seeing yet: booking stays closed. */
    public boolean hasOpenRedFlag() {
        return outcome == ScreeningStatus.RED_FLAG && !isDoctorSeen();
    }

    /**
     * Whether a clearance is still missing: the screening asked for one, or a red flag the doctor
     * has seen came with health matters that need one too.
     */
    public boolean waitsForClearance() {
        return !isCleared() && (outcome == ScreeningStatus.NEEDS_CLEARANCE
                || (outcome == ScreeningStatus.RED_FLAG && isDoctorSeen() && contraindicationsMask != 0));
    }

    /**
     * Whether this intake lets the participant book: screened clear, cleared by a doctor, or a red
     * flag that a doctor has seen (and cleared, when it came with health matters needing clearance).
     */
    public boolean allowsBooking() {
        return status == IntakeStatus.SUBMITTED && outcome != null && !hasOpenRedFlag() && !waitsForClearance();
    }

    public Participant getParticipant() {
        return participant;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Integer getPainNow() {
        return painNow;
    }

    public PainDuration getPainDuration() {
        return painDuration;
    }

    public Integer getPainWeeks() {
        return painWeeks;
    }

    public Condition getCondition() {
        return condition;
    }

    public Set<RedFlag> getRedFlags() {
        return EnumMask.toSet(redFlagsMask, RedFlag.class);
    }

    public boolean isRedFlagsAnswered() {
        return redFlagsAnswered;
    }

    public Set<Contraindication> getContraindications() {
        return EnumMask.toSet(contraindicationsMask, Contraindication.class);
    }

    public boolean isContraindicationsAnswered() {
        return contraindicationsAnswered;
    }

    public Boolean getNeedsLift() {
        return needsLift;
    }

    public Boolean getDeepWaterOk() {
        return deepWaterOk;
    }

    public Set<DayOfWeek> getPreferredDays() {
        return EnumMask.toSet(preferredDaysMask, DayOfWeek.class);
    }

    public Set<TimeOfDay> getPreferredTimes() {
        return EnumMask.toSet(preferredTimesMask, TimeOfDay.class);
    }

    public ScreeningStatus getOutcome() {
        return outcome;
    }

    public LocalDate getClearedOn() {
        return clearedOn;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public String getClearanceNote() {
        return clearanceNote;
    }

    public String getClearanceRecordedBy() {
        return clearanceRecordedBy;
    }

    public LocalDate getDoctorSeenOn() {
        return doctorSeenOn;
    }

    public String getDoctorSeenBy() {
        return doctorSeenBy;
    }

    public String getDoctorSeenNote() {
        return doctorSeenNote;
    }

    public String getDoctorSeenRecordedBy() {
        return doctorSeenRecordedBy;
    }
}
