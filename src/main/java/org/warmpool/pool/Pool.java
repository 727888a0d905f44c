package org.warmpool.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.warmpool.base.AbstractEntity;

/** A warm therapy pool: how warm, how deep, whether it has a lift or ramp, how many fit in. */
@Entity
@Table(name = "pool")
public class Pool extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int NOTES_MAX_LENGTH = 1000;
    /** The most people in the water at once that a pool may be given. */
    public static final int CAPACITY_MAX = 100;
    /** The water temperatures a pool may be set to, in °C. */
    public static final int WATER_TEMPERATURE_MIN = 20;
    public static final int WATER_TEMPERATURE_MAX = 40;
    public static final String WATER_TEMPERATURE_RANGE = "Between " + WATER_TEMPERATURE_MIN + " and " + WATER_TEMPERATURE_MAX
            + " °C";
    /** The depths a pool may have, in metres. */
    public static final String DEPTH_MIN_METRES = "0.1";
    public static final String DEPTH_MAX_METRES = "6";
    static final String DEPTH_RANGE = "Between " + DEPTH_MIN_METRES + " and " + DEPTH_MAX_METRES + " m";

    @NotBlank(message = "Give the pool a name")
    @Size(max = NAME_MAX_LENGTH, message = "At most {max} characters")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotNull(message = "Enter the water temperature")
    @DecimalMin(value = "" + WATER_TEMPERATURE_MIN, message = WATER_TEMPERATURE_RANGE)
    @DecimalMax(value = "" + WATER_TEMPERATURE_MAX, message = WATER_TEMPERATURE_RANGE)
    @Digits(integer = 2, fraction = 1, message = "One decimal at most, for example 33.5")
    @Column(name = "water_temperature", nullable = false, precision = 3, scale = 1)
    private BigDecimal waterTemperature;

    @NotNull(message = "Enter the shallowest depth")
    @DecimalMin(value = DEPTH_MIN_METRES, message = DEPTH_RANGE)
    @DecimalMax(value = DEPTH_MAX_METRES, message = DEPTH_RANGE)
    @Digits(integer = 1, fraction = 2, message = "Two decimals at most, for example 1.20")
    @Column(name = "min_depth", nullable = false, precision = 3, scale = 2)
    private BigDecimal minDepth;

    @NotNull(message = "Enter the deepest depth")
    @DecimalMin(value = DEPTH_MIN_METRES, message = DEPTH_RANGE)
    @DecimalMax(value = DEPTH_MAX_METRES, message = DEPTH_RANGE)
    @Digits(integer = 1, fraction = 2, message = "Two decimals at most, for example 1.80")
    @Column(name = "max_depth", nullable = false, precision = 3, scale = 2)
    private BigDecimal maxDepth;

    @Column(name = "has_lift", nullable = false)
    private boolean hasLift;

    @NotNull(message = "Enter how many people may be in the water at once")
    @Min(value = 1, message = "Between 1 and " + CAPACITY_MAX)
    @Max(value = CAPACITY_MAX, message = "Between 1 and " + CAPACITY_MAX)
    @Column(nullable = false)
    private Integer capacity;

    @Size(max = NOTES_MAX_LENGTH, message = "At most {max} characters")
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(nullable = false)
    private boolean retired;

    public Pool() {
    }

    public Pool(String name, BigDecimal waterTemperature, BigDecimal minDepth, BigDecimal maxDepth, boolean hasLift,
            int capacity) {
        this.name = name;
        this.waterTemperature = waterTemperature;
        this.minDepth = minDepth;
        this.maxDepth = maxDepth;
        this.hasLift = hasLift;
        this.capacity = capacity;
    }

    @AssertTrue(message = "The deepest depth cannot be less than the shallowest")
    public boolean isDepthRangeValid() {
        return minDepth == null || maxDepth == null || maxDepth.compareTo(minDepth) >= 0;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public BigDecimal getWaterTemperature() {
        return waterTemperature;
    }

    public void setWaterTemperature(BigDecimal waterTemperature) {
        this.waterTemperature = waterTemperature;
    }

    public BigDecimal getMinDepth() {
        return minDepth;
    }

    public void setMinDepth(BigDecimal minDepth) {
        this.minDepth = minDepth;
    }

    public BigDecimal getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(BigDecimal maxDepth) {
        this.maxDepth = maxDepth;
    }

    public boolean isHasLift() {
        return hasLift;
    }

    public void setHasLift(boolean hasLift) {
        this.hasLift = hasLift;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isRetired() {
        return retired;
    }

    void retire() {
        this.retired = true;
    }
}
