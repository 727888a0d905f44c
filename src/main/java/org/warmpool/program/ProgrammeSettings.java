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
 * the booking windows, and when the progression advisor suggests moving up or down a level.
 */
@Entity
@Table(name = "programme_settings")
public class ProgrammeSettings {

    static final int ONLY_ROW = 1;

    @Id
    private int id = ONLY_ROW;

    @Version
    @Column(nullable = false)
    private long version;

    @NotNull(message = "Enter a pain level from 1 to 10")
    @Min(value = 1, message = "From 1 to 10")
    @Max(value = 10, message = "From 1 to 10")
    @Column(name = "high_pain_from", nullable = false)
    private Integer highPainFrom;

    @NotNull(message = "Enter a number of weeks")
    @Min(value = 1, message = "From 1 to 104 weeks")
    @Max(value = 104, message = "From 1 to 104 weeks")
    @Column(name = "chronic_from_weeks", nullable = false)
    private Integer chronicFromWeeks;

    @NotNull(message = "Choose a level")
    @Min(value = 0, message = "A level from 0 to 3")
    @Max(value = 3, message = "A level from 0 to 3")
    @Column(name = "gentle_up_to_level", nullable = false)
    private Integer gentleUpToLevel;

    @NotNull(message = "Choose a level")
    @Min(value = 0, message = "A level from 0 to 3")
    @Max(value = 3, message = "A level from 0 to 3")
    @Column(name = "chronic_level", nullable = false)
    private Integer chronicLevel;

    @NotNull(message = "Choose a level")
    @Min(value = 0, message = "A level from 0 to 3")
    @Max(value = 3, message = "A level from 0 to 3")
    @Column(name = "deep_water_from_level", nullable = false)
    private Integer deepWaterFromLevel;

    @NotNull(message = "Enter a number of places")
    @Min(value = 0, message = "From 0 to 500")
    @Max(value = 500, message = "From 0 to 500")
    @Column(name = "max_waitlist", nullable = false)
    private Integer maxWaitlist;

    @NotNull(message = "Enter a number of hours")
    @Min(value = 0, message = "From 0 to 168 hours")
    @Max(value = 168, message = "From 0 to 168 hours")
    @Column(name = "late_cancel_hours", nullable = false)
    private Integer lateCancelHours;

    @NotNull(message = "Enter a number of hours")
    @Min(value = 0, message = "From 0 to 72 hours")
    @Max(value = 72, message = "From 0 to 72 hours")
    @Column(name = "promotion_cutoff_hours", nullable = false)
    private Integer promotionCutoffHours;

    @NotNull(message = "Enter a number of days")
    @Min(value = 1, message = "From 1 to 365 days")
    @Max(value = 365, message = "From 1 to 365 days")
    @Column(name = "credit_valid_days", nullable = false)
    private Integer creditValidDays;

    @NotNull(message = "Enter a number of classes")
    @Min(value = 1, message = "From 1 to 50 classes")
    @Max(value = 50, message = "From 1 to 50 classes")
    @Column(name = "up_after_sessions", nullable = false)
    private Integer upAfterSessions;

    @NotNull(message = "Enter a number of classes")
    @Min(value = 1, message = "From 1 to 20 classes")
    @Max(value = 20, message = "From 1 to 20 classes")
    @Column(name = "up_pain_after_count", nullable = false)
    private Integer upPainAfterCount;

    @NotNull(message = "Enter a number of classes")
    @Min(value = 0, message = "From 0 to 20 classes")
    @Max(value = 20, message = "From 0 to 20 classes")
    @Column(name = "up_no_flare_in_last", nullable = false)
    private Integer upNoFlareInLast;

    @NotNull(message = "Enter a number of points")
    @Min(value = 1, message = "From 1 to 10 points")
    @Max(value = 10, message = "From 1 to 10 points")
    @Column(name = "flare_rise", nullable = false)
    private Integer flareRise;

    @NotNull(message = "Enter a number of flare-ups")
    @Min(value = 1, message = "From 1 to 10")
    @Max(value = 10, message = "From 1 to 10")
    @Column(name = "down_after_flares", nullable = false)
    private Integer downAfterFlares;

    @NotNull(message = "Enter a pain level from 1 to 10")
    @Min(value = 1, message = "From 1 to 10")
    @Max(value = 10, message = "From 1 to 10")
    @Column(name = "down_pain_before_from", nullable = false)
    private Integer downPainBeforeFrom;

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
}
