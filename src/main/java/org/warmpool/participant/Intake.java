package org.warmpool.participant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Optional;
import java.util.Set;
import org.warmpool.base.AbstractEntity;
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
    /** The most weeks of pain an intake takes: a hundred years. */
    public static final int PAIN_WEEKS_MAX = 5200;

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

    /** Null when loaded with every column empty: read it through {@link #pain()}. */
    @Embedded
    private PainAnswers pain = PainAnswers.NOT_ANSWERED;

    @Embedded
    private SafetyAnswers safety = SafetyAnswers.NOT_ANSWERED;

    @Embedded
    private AccessAndPreferences access = AccessAndPreferences.NOT_ANSWERED;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ScreeningStatus outcome;

    /** The doctor's clearance staff recorded, or null. */
    @Embedded
    @AttributeOverride(name = "day", column = @Column(name = "cleared_on"))
    @AttributeOverride(name = "doctor", column = @Column(name = "cleared_by", length = DOCTOR_NAME_MAX_LENGTH))
    @AttributeOverride(name = "note", column = @Column(name = "clearance_note", length = NOTE_MAX_LENGTH))
    @AttributeOverride(name = "recordedBy", column = @Column(name = "clearance_recorded_by", length = EmailAddress.MAX_LENGTH))
    @AttributeOverride(name = "recordedAt", column = @Column(name = "clearance_recorded_at"))
    private DoctorRecord clearance;

    /** That a doctor has seen the person about this intake's red flag, as staff recorded it, or null. */
    @Embedded
    @AttributeOverride(name = "day", column = @Column(name = "doctor_seen_on"))
    @AttributeOverride(name = "doctor", column = @Column(name = "doctor_seen_by", length = DOCTOR_NAME_MAX_LENGTH))
    @AttributeOverride(name = "note", column = @Column(name = "doctor_seen_note", length = NOTE_MAX_LENGTH))
    @AttributeOverride(name = "recordedBy", column = @Column(name = "doctor_seen_recorded_by", length = EmailAddress.MAX_LENGTH))
    @AttributeOverride(name = "recordedAt", column = @Column(name = "doctor_seen_recorded_at"))
    private DoctorRecord doctorSeen;

    protected Intake() {
    }

    Intake(Participant participant, Instant startedAt) {
        this.participant = participant;
        this.startedAt = startedAt;
    }

    /** A new draft that starts from an earlier intake's answers, so that only changes are entered. */
    Intake copyAsDraft(Instant now) {
        Intake copy = new Intake(participant, now);
        copy.pain = pain;
        copy.safety = safety;
        copy.access = access;
        return copy;
    }

    void savePain(int painNow, PainDuration duration, Integer weeks) {
        this.pain = pain().withPain(painNow, duration, weeks);
    }

    void saveCondition(Condition condition) {
        this.pain = pain().withCause(condition);
    }

    void saveRedFlags(Set<RedFlag> flags) {
        this.safety = safety.withRedFlags(flags);
    }

    void saveContraindications(Set<Contraindication> found) {
        this.safety = safety.withContraindications(found);
    }

    void saveAccessAndPreferences(boolean needsLift, boolean deepWaterOk, Set<DayOfWeek> days,
            Set<TimeOfDay> times) {
        this.access = AccessAndPreferences.of(needsLift, deepWaterOk, days, times);
    }

    /** Which step still needs an answer, or null when every step is answered. */
    IntakeStep firstMissingStep() {
        if (!pain().painAnswered()) {
            return IntakeStep.PAIN;
        }
        if (pain().cause() == null) {
            return IntakeStep.CAUSE;
        }
        if (!safety.redFlagsAnswered()) {
            return IntakeStep.SAFETY;
        }
        if (!safety.contraindicationsAnswered()) {
            return IntakeStep.HEALTH;
        }
        if (!access.answered()) {
            return IntakeStep.ACCESS;
        }
        return null;
    }

    IntakeAnswers answers() {
        return new IntakeAnswers(getPainNow(), getPainDuration(), getPainWeeks(), getCondition(), safety.redFlags(),
                safety.contraindications(), Boolean.TRUE.equals(access.needsLift()),
                Boolean.TRUE.equals(access.deepWaterOk()), access.preferredDays(), access.preferredTimes());
    }

    void submit(ScreeningStatus outcome, Instant now) {
        this.outcome = outcome;
        this.status = IntakeStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void recordClearance(LocalDate clearedOn, String clearedBy, String note, String recordedBy, Instant now) {
        this.clearance = new DoctorRecord(clearedOn, clearedBy, note, recordedBy, now);
    }

    void recordDoctorSeen(LocalDate seenOn, String seenBy, String note, String recordedBy, Instant now) {
        this.doctorSeen = new DoctorRecord(seenOn, seenBy, note, recordedBy, now);
    }

    public boolean isCleared() {
        return clearance().isPresent();
    }

    /** Whether staff recorded that a doctor has seen the person about this intake's red flag. */
    public boolean isDoctorSeen() {
        return doctorSeen().isPresent();
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
                || (outcome == ScreeningStatus.RED_FLAG && isDoctorSeen() && safety.contraindicationsMask() != 0));
    }

    /**
     * Whether this intake lets the participant book: screened clear, cleared by a doctor, or a red
     * flag that a doctor has seen (and cleared, when it came with health matters needing clearance).
     */
    public boolean allowsBooking() {
        return status == IntakeStatus.SUBMITTED && outcome != null && !hasOpenRedFlag() && !waitsForClearance();
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Participant getParticipant() {
        return participant;
    }

    public IntakeStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    private PainAnswers pain() {
        return pain == null ? PainAnswers.NOT_ANSWERED : pain;
    }

    public Integer getPainNow() {
        return pain().painNow();
    }

    public PainDuration getPainDuration() {
        return pain().duration();
    }

    public Integer getPainWeeks() {
        return pain().weeks();
    }

    public Condition getCondition() {
        return pain().cause();
    }

    public Set<RedFlag> getRedFlags() {
        return safety.redFlags();
    }

    public boolean isRedFlagsAnswered() {
        return safety.redFlagsAnswered();
    }

    public Set<Contraindication> getContraindications() {
        return safety.contraindications();
    }

    public boolean isContraindicationsAnswered() {
        return safety.contraindicationsAnswered();
    }

    public Boolean getNeedsLift() {
        return access.needsLift();
    }

    public Boolean getDeepWaterOk() {
        return access.deepWaterOk();
    }

    public Set<DayOfWeek> getPreferredDays() {
        return access.preferredDays();
    }

    public Set<TimeOfDay> getPreferredTimes() {
        return access.preferredTimes();
    }

    public ScreeningStatus getOutcome() {
        return outcome;
    }

    /** The doctor's clearance staff recorded, if any. */
    public Optional<DoctorRecord> clearance() {
        return Optional.ofNullable(clearance).filter(recorded -> recorded.day() != null);
    }

    /** That a doctor has seen the person about this intake's red flag, if staff recorded it. */
    public Optional<DoctorRecord> doctorSeen() {
        return Optional.ofNullable(doctorSeen).filter(recorded -> recorded.day() != null);
    }
}
