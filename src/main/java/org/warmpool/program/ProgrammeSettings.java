package org.warmpool.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The programme's thresholds, defaults from the domain rules, changed by an administrator:
 * what counts as high pain and as chronic pain, which levels are gentle, which level takes
 * chronic pain outside its range, from which level deep water is needed, how long a waitlist is,
 * the booking windows, when the progression advisor suggests moving up or down a level, and the
 * outcome questionnaire (which one, how often, what change is important).
 */
@Entity
@Table(name = "programme_settings")
public class ProgrammeSettings {

    static final int ONLY_ROW = 1;

    // The limits of each setting: the column checks, the form fields and the messages all use these.
    public static final int HIGH_PAIN_FROM_MIN = 1;
    public static final int HIGH_PAIN_FROM_MAX = 10;
    public static final int CHRONIC_FROM_WEEKS_MIN = 1;
    public static final int CHRONIC_FROM_WEEKS_MAX = 104;
    public static final int GENTLE_UP_TO_LEVEL_MIN = 0;
    public static final int GENTLE_UP_TO_LEVEL_MAX = 3;
    public static final int CHRONIC_LEVEL_MIN = 0;
    public static final int CHRONIC_LEVEL_MAX = 3;
    public static final int DEEP_WATER_FROM_LEVEL_MIN = 0;
    public static final int DEEP_WATER_FROM_LEVEL_MAX = 3;
    public static final int MAX_WAITLIST_MIN = 0;
    public static final int MAX_WAITLIST_MAX = 500;
    public static final int LATE_CANCEL_HOURS_MIN = 0;
    public static final int LATE_CANCEL_HOURS_MAX = 168;
    public static final int PROMOTION_CUTOFF_HOURS_MIN = 0;
    public static final int PROMOTION_CUTOFF_HOURS_MAX = 72;
    public static final int CREDIT_VALID_DAYS_MIN = 1;
    public static final int CREDIT_VALID_DAYS_MAX = 365;
    public static final int UP_AFTER_SESSIONS_MIN = 1;
    public static final int UP_AFTER_SESSIONS_MAX = 50;
    public static final int UP_PAIN_AFTER_COUNT_MIN = 1;
    public static final int UP_PAIN_AFTER_COUNT_MAX = 20;
    public static final int UP_NO_FLARE_IN_LAST_MIN = 0;
    public static final int UP_NO_FLARE_IN_LAST_MAX = 20;
    public static final int FLARE_RISE_MIN = 1;
    public static final int FLARE_RISE_MAX = 10;
    public static final int DOWN_AFTER_FLARES_MIN = 1;
    public static final int DOWN_AFTER_FLARES_MAX = 10;
    public static final int DOWN_PAIN_BEFORE_FROM_MIN = 1;
    public static final int DOWN_PAIN_BEFORE_FROM_MAX = 10;
    /** The outcome questionnaires a clinic chooses between: Roland-Morris or Oswestry. */
    public static final String ROLAND_MORRIS = "RMDQ";
    public static final String OSWESTRY = "ODI";
    public static final int QUESTIONNAIRE_EVERY_CLASSES_MIN = 1;
    public static final int QUESTIONNAIRE_EVERY_CLASSES_MAX = 50;
    public static final int ROLAND_MORRIS_CHANGE_MIN = 1;
    public static final int ROLAND_MORRIS_CHANGE_MAX = 24;
    public static final int OSWESTRY_CHANGE_MIN = 1;
    public static final int OSWESTRY_CHANGE_MAX = 100;

    @Id
    private int id = ONLY_ROW;

    @Version
    @Column(nullable = false)
    private long version;

    @NotNull(message = "Enter a pain level from 1 to 10")
    @Min(value = HIGH_PAIN_FROM_MIN, message = "From " + HIGH_PAIN_FROM_MIN + " to " + HIGH_PAIN_FROM_MAX)
    @Max(value = HIGH_PAIN_FROM_MAX, message = "From " + HIGH_PAIN_FROM_MIN + " to " + HIGH_PAIN_FROM_MAX)
    @Column(name = "high_pain_from", nullable = false)
    private Integer highPainFrom;

    @NotNull(message = "Enter a number of weeks")
    @Min(value = CHRONIC_FROM_WEEKS_MIN, message = "From " + CHRONIC_FROM_WEEKS_MIN + " to " + CHRONIC_FROM_WEEKS_MAX + " weeks")
    @Max(value = CHRONIC_FROM_WEEKS_MAX, message = "From " + CHRONIC_FROM_WEEKS_MIN + " to " + CHRONIC_FROM_WEEKS_MAX + " weeks")
    @Column(name = "chronic_from_weeks", nullable = false)
    private Integer chronicFromWeeks;

    @NotNull(message = "Choose a level")
    @Min(value = GENTLE_UP_TO_LEVEL_MIN, message = "A level from " + GENTLE_UP_TO_LEVEL_MIN + " to " + GENTLE_UP_TO_LEVEL_MAX)
    @Max(value = GENTLE_UP_TO_LEVEL_MAX, message = "A level from " + GENTLE_UP_TO_LEVEL_MIN + " to " + GENTLE_UP_TO_LEVEL_MAX)
    @Column(name = "gentle_up_to_level", nullable = false)
    private Integer gentleUpToLevel;

    @NotNull(message = "Choose a level")
    @Min(value = CHRONIC_LEVEL_MIN, message = "A level from " + CHRONIC_LEVEL_MIN + " to " + CHRONIC_LEVEL_MAX)
    @Max(value = CHRONIC_LEVEL_MAX, message = "A level from " + CHRONIC_LEVEL_MIN + " to " + CHRONIC_LEVEL_MAX)
    @Column(name = "chronic_level", nullable = false)
    private Integer chronicLevel;

    @NotNull(message = "Choose a level")
    @Min(value = DEEP_WATER_FROM_LEVEL_MIN, message = "A level from " + DEEP_WATER_FROM_LEVEL_MIN + " to " + DEEP_WATER_FROM_LEVEL_MAX)
    @Max(value = DEEP_WATER_FROM_LEVEL_MAX, message = "A level from " + DEEP_WATER_FROM_LEVEL_MIN + " to " + DEEP_WATER_FROM_LEVEL_MAX)
    @Column(name = "deep_water_from_level", nullable = false)
    private Integer deepWaterFromLevel;

    @NotNull(message = "Enter a number of places")
    @Min(value = MAX_WAITLIST_MIN, message = "From " + MAX_WAITLIST_MIN + " to " + MAX_WAITLIST_MAX)
    @Max(value = MAX_WAITLIST_MAX, message = "From " + MAX_WAITLIST_MIN + " to " + MAX_WAITLIST_MAX)
    @Column(name = "max_waitlist", nullable = false)
    private Integer maxWaitlist;

    @NotNull(message = "Enter a number of hours")
    @Min(value = LATE_CANCEL_HOURS_MIN, message = "From " + LATE_CANCEL_HOURS_MIN + " to " + LATE_CANCEL_HOURS_MAX + " hours")
    @Max(value = LATE_CANCEL_HOURS_MAX, message = "From " + LATE_CANCEL_HOURS_MIN + " to " + LATE_CANCEL_HOURS_MAX + " hours")
    @Column(name = "late_cancel_hours", nullable = false)
    private Integer lateCancelHours;

    @NotNull(message = "Enter a number of hours")
    @Min(value = PROMOTION_CUTOFF_HOURS_MIN, message = "From " + PROMOTION_CUTOFF_HOURS_MIN + " to " + PROMOTION_CUTOFF_HOURS_MAX + " hours")
    @Max(value = PROMOTION_CUTOFF_HOURS_MAX, message = "From " + PROMOTION_CUTOFF_HOURS_MIN + " to " + PROMOTION_CUTOFF_HOURS_MAX + " hours")
    @Column(name = "promotion_cutoff_hours", nullable = false)
    private Integer promotionCutoffHours;

    @NotNull(message = "Enter a number of days")
    @Min(value = CREDIT_VALID_DAYS_MIN, message = "From " + CREDIT_VALID_DAYS_MIN + " to " + CREDIT_VALID_DAYS_MAX + " days")
    @Max(value = CREDIT_VALID_DAYS_MAX, message = "From " + CREDIT_VALID_DAYS_MIN + " to " + CREDIT_VALID_DAYS_MAX + " days")
    @Column(name = "credit_valid_days", nullable = false)
    private Integer creditValidDays;

    @NotNull(message = "Enter a number of classes")
    @Min(value = UP_AFTER_SESSIONS_MIN, message = "From " + UP_AFTER_SESSIONS_MIN + " to " + UP_AFTER_SESSIONS_MAX + " classes")
    @Max(value = UP_AFTER_SESSIONS_MAX, message = "From " + UP_AFTER_SESSIONS_MIN + " to " + UP_AFTER_SESSIONS_MAX + " classes")
    @Column(name = "up_after_sessions", nullable = false)
    private Integer upAfterSessions;

    @NotNull(message = "Enter a number of classes")
    @Min(value = UP_PAIN_AFTER_COUNT_MIN, message = "From " + UP_PAIN_AFTER_COUNT_MIN + " to " + UP_PAIN_AFTER_COUNT_MAX + " classes")
    @Max(value = UP_PAIN_AFTER_COUNT_MAX, message = "From " + UP_PAIN_AFTER_COUNT_MIN + " to " + UP_PAIN_AFTER_COUNT_MAX + " classes")
    @Column(name = "up_pain_after_count", nullable = false)
    private Integer upPainAfterCount;

    @NotNull(message = "Enter a number of classes")
    @Min(value = UP_NO_FLARE_IN_LAST_MIN, message = "From " + UP_NO_FLARE_IN_LAST_MIN + " to " + UP_NO_FLARE_IN_LAST_MAX + " classes")
    @Max(value = UP_NO_FLARE_IN_LAST_MAX, message = "From " + UP_NO_FLARE_IN_LAST_MIN + " to " + UP_NO_FLARE_IN_LAST_MAX + " classes")
    @Column(name = "up_no_flare_in_last", nullable = false)
    private Integer upNoFlareInLast;

    @NotNull(message = "Enter a number of points")
    @Min(value = FLARE_RISE_MIN, message = "From " + FLARE_RISE_MIN + " to " + FLARE_RISE_MAX + " points")
    @Max(value = FLARE_RISE_MAX, message = "From " + FLARE_RISE_MIN + " to " + FLARE_RISE_MAX + " points")
    @Column(name = "flare_rise", nullable = false)
    private Integer flareRise;

    @NotNull(message = "Enter a number of flare-ups")
    @Min(value = DOWN_AFTER_FLARES_MIN, message = "From " + DOWN_AFTER_FLARES_MIN + " to " + DOWN_AFTER_FLARES_MAX)
    @Max(value = DOWN_AFTER_FLARES_MAX, message = "From " + DOWN_AFTER_FLARES_MIN + " to " + DOWN_AFTER_FLARES_MAX)
    @Column(name = "down_after_flares", nullable = false)
    private Integer downAfterFlares;

    @NotNull(message = "Enter a pain level from 1 to 10")
    @Min(value = DOWN_PAIN_BEFORE_FROM_MIN, message = "From " + DOWN_PAIN_BEFORE_FROM_MIN + " to " + DOWN_PAIN_BEFORE_FROM_MAX)
    @Max(value = DOWN_PAIN_BEFORE_FROM_MAX, message = "From " + DOWN_PAIN_BEFORE_FROM_MIN + " to " + DOWN_PAIN_BEFORE_FROM_MAX)
    @Column(name = "down_pain_before_from", nullable = false)
    private Integer downPainBeforeFrom;

    @NotNull(message = "Choose a questionnaire")
    @jakarta.validation.constraints.Pattern(regexp = ROLAND_MORRIS + "|" + OSWESTRY, message = "Choose a questionnaire")
    @Column(name = "outcome_questionnaire", nullable = false, length = 4)
    private String outcomeQuestionnaire;

    @NotNull(message = "Enter a number of classes")
    @Min(value = QUESTIONNAIRE_EVERY_CLASSES_MIN, message = "From " + QUESTIONNAIRE_EVERY_CLASSES_MIN + " to " + QUESTIONNAIRE_EVERY_CLASSES_MAX + " classes")
    @Max(value = QUESTIONNAIRE_EVERY_CLASSES_MAX, message = "From " + QUESTIONNAIRE_EVERY_CLASSES_MIN + " to " + QUESTIONNAIRE_EVERY_CLASSES_MAX + " classes")
    @Column(name = "questionnaire_every_classes", nullable = false)
    private Integer questionnaireEveryClasses;

    @NotNull(message = "Enter a number of points")
    @Min(value = ROLAND_MORRIS_CHANGE_MIN, message = "From " + ROLAND_MORRIS_CHANGE_MIN + " to " + ROLAND_MORRIS_CHANGE_MAX + " points")
    @Max(value = ROLAND_MORRIS_CHANGE_MAX, message = "From " + ROLAND_MORRIS_CHANGE_MIN + " to " + ROLAND_MORRIS_CHANGE_MAX + " points")
    @Column(name = "roland_morris_change", nullable = false)
    private Integer rolandMorrisChange;

    @NotNull(message = "Enter a number of percentage points")
    @Min(value = OSWESTRY_CHANGE_MIN, message = "From " + OSWESTRY_CHANGE_MIN + " to " + OSWESTRY_CHANGE_MAX + " percentage points")
    @Max(value = OSWESTRY_CHANGE_MAX, message = "From " + OSWESTRY_CHANGE_MIN + " to " + OSWESTRY_CHANGE_MAX + " percentage points")
    @Column(name = "oswestry_change", nullable = false)
    private Integer oswestryChange;

    protected ProgrammeSettings() {
    }

    @AssertTrue(message = "The level for chronic pain must be one of the gentle levels")
    public boolean isChronicLevelGentle() {
        return chronicLevel == null || gentleUpToLevel == null || chronicLevel <= gentleUpToLevel;
    }

    public Integer getHighPainFrom() {
        return highPainFrom;
    }

    public void setHighPainFrom(Integer highPainFrom) {
        this.highPainFrom = highPainFrom;
    }

    public Integer getChronicFromWeeks() {
        return chronicFromWeeks;
    }

    public void setChronicFromWeeks(Integer chronicFromWeeks) {
        this.chronicFromWeeks = chronicFromWeeks;
    }

    public Integer getGentleUpToLevel() {
        return gentleUpToLevel;
    }

    public void setGentleUpToLevel(Integer gentleUpToLevel) {
        this.gentleUpToLevel = gentleUpToLevel;
    }

    public Integer getChronicLevel() {
        return chronicLevel;
    }

    public void setChronicLevel(Integer chronicLevel) {
        this.chronicLevel = chronicLevel;
    }

    public Integer getDeepWaterFromLevel() {
        return deepWaterFromLevel;
    }

    public void setDeepWaterFromLevel(Integer deepWaterFromLevel) {
        this.deepWaterFromLevel = deepWaterFromLevel;
    }

    public Integer getMaxWaitlist() {
        return maxWaitlist;
    }

    public void setMaxWaitlist(Integer maxWaitlist) {
        this.maxWaitlist = maxWaitlist;
    }

    public Integer getLateCancelHours() {
        return lateCancelHours;
    }

    public void setLateCancelHours(Integer lateCancelHours) {
        this.lateCancelHours = lateCancelHours;
    }

    public Integer getPromotionCutoffHours() {
        return promotionCutoffHours;
    }

    public void setPromotionCutoffHours(Integer promotionCutoffHours) {
        this.promotionCutoffHours = promotionCutoffHours;
    }

    public Integer getCreditValidDays() {
        return creditValidDays;
    }

    public void setCreditValidDays(Integer creditValidDays) {
        this.creditValidDays = creditValidDays;
    }

    public Integer getUpAfterSessions() {
        return upAfterSessions;
    }

    public void setUpAfterSessions(Integer upAfterSessions) {
        this.upAfterSessions = upAfterSessions;
    }

    public Integer getUpPainAfterCount() {
        return upPainAfterCount;
    }

    public void setUpPainAfterCount(Integer upPainAfterCount) {
        this.upPainAfterCount = upPainAfterCount;
    }

    public Integer getUpNoFlareInLast() {
        return upNoFlareInLast;
    }

    public void setUpNoFlareInLast(Integer upNoFlareInLast) {
        this.upNoFlareInLast = upNoFlareInLast;
    }

    public Integer getFlareRise() {
        return flareRise;
    }

    public void setFlareRise(Integer flareRise) {
        this.flareRise = flareRise;
    }

    public Integer getDownAfterFlares() {
        return downAfterFlares;
    }

    public void setDownAfterFlares(Integer downAfterFlares) {
        this.downAfterFlares = downAfterFlares;
    }

    public Integer getDownPainBeforeFrom() {
        return downPainBeforeFrom;
    }

    public void setDownPainBeforeFrom(Integer downPainBeforeFrom) {
        this.downPainBeforeFrom = downPainBeforeFrom;
    }

    /** {@link #ROLAND_MORRIS} (the default) or {@link #OSWESTRY}. */
    public String getOutcomeQuestionnaire() {
        return outcomeQuestionnaire;
    }

    public void setOutcomeQuestionnaire(String outcomeQuestionnaire) {
        this.outcomeQuestionnaire = outcomeQuestionnaire;
    }

    public Integer getQuestionnaireEveryClasses() {
        return questionnaireEveryClasses;
    }

    public void setQuestionnaireEveryClasses(Integer questionnaireEveryClasses) {
        this.questionnaireEveryClasses = questionnaireEveryClasses;
    }

    public Integer getRolandMorrisChange() {
        return rolandMorrisChange;
    }

    public void setRolandMorrisChange(Integer rolandMorrisChange) {
        this.rolandMorrisChange = rolandMorrisChange;
    }

    public Integer getOswestryChange() {
        return oswestryChange;
    }

    public void setOswestryChange(Integer oswestryChange) {
        this.oswestryChange = oswestryChange;
    }
}
