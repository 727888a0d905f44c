package org.warmpool.program;

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

/**
 * One of the four progressive levels (0 Warm Water Relief .. 3 Aqua Conditioning), with the
 * limits an administrator may tune: pain range, water temperature, class size and length.
 */
@Entity
@Table(name = "class_level")
public class ClassLevel extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 60;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    /** The pain scale (NRS) a level's range is on. */
    public static final int PAIN_MIN = 0;
    public static final int PAIN_MAX = 10;
    static final String PAIN_RANGE = "Pain is " + PAIN_MIN + " to " + PAIN_MAX;
    /** The lowest water temperature a level may ask for, in °C. */
    public static final int WATER_TEMPERATURE_MIN = 20;
    public static final int WATER_TEMPERATURE_MAX = 40;
    static final String WATER_TEMPERATURE_RANGE = "Between " + WATER_TEMPERATURE_MIN + " and " + WATER_TEMPERATURE_MAX
            + " °C";
    public static final int CLASS_SIZE_MIN = 1;
    public static final int CLASS_SIZE_MAX = 100;
    public static final int MINUTES_MIN = 10;
    public static final int MINUTES_MAX = 180;

    @Column(name = "level_number", nullable = false, updatable = false)
    private int levelNumber;

    @NotBlank(message = "Give the level a name")
    @Size(max = NAME_MAX_LENGTH, message = "At most {max} characters")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotNull(message = "Enter the lowest pain (0-10)")
    @Min(value = PAIN_MIN, message = PAIN_RANGE)
    @Max(value = PAIN_MAX, message = PAIN_RANGE)
    @Column(name = "pain_min", nullable = false)
    private Integer painMin;

    @NotNull(message = "Enter the highest pain (0-10)")
    @Min(value = PAIN_MIN, message = PAIN_RANGE)
    @Max(value = PAIN_MAX, message = PAIN_RANGE)
    @Column(name = "pain_max", nullable = false)
    private Integer painMax;

    @NotNull(message = "Enter the lowest water temperature")
    @DecimalMin(value = "" + WATER_TEMPERATURE_MIN, message = WATER_TEMPERATURE_RANGE)
    @DecimalMax(value = "" + WATER_TEMPERATURE_MAX, message = WATER_TEMPERATURE_RANGE)
    @Digits(integer = 2, fraction = 1, message = "One decimal at most, for example 32.5")
    @Column(name = "min_water_temperature", nullable = false, precision = 3, scale = 1)
    private BigDecimal minWaterTemperature;

    @NotNull(message = "Enter the largest class size")
    @Min(value = CLASS_SIZE_MIN, message = "Between " + CLASS_SIZE_MIN + " and " + CLASS_SIZE_MAX)
    @Max(value = CLASS_SIZE_MAX, message = "Between " + CLASS_SIZE_MIN + " and " + CLASS_SIZE_MAX)
    @Column(name = "max_class_size", nullable = false)
    private Integer maxClassSize;

    @NotNull(message = "Enter the length in minutes")
    @Min(value = MINUTES_MIN, message = "Between " + MINUTES_MIN + " and " + MINUTES_MAX + " minutes")
    @Max(value = MINUTES_MAX, message = "Between " + MINUTES_MIN + " and " + MINUTES_MAX + " minutes")
    @Column(nullable = false)
    private Integer minutes;

    @NotBlank(message = "Describe what happens in this level")
    @Size(max = DESCRIPTION_MAX_LENGTH, message = "At most {max} characters")
    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    protected ClassLevel() {
    }

    @AssertTrue(message = "The lowest pain cannot be above the highest")
    public boolean isPainRangeValid() {
        return painMin == null || painMax == null || painMin <= painMax;
    }

    /** "Level 1 Gentle Mobility". */
    public String title() {
        return title(levelNumber, name);
    }

    /** {@link #title()} from the level's number and name, for a query that reads only those. */
    public static String title(int levelNumber, String name) {
        return "Level " + levelNumber + " " + name;
    }

    public int getLevelNumber() {
        return levelNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Integer getPainMin() {
        return painMin;
    }

    public void setPainMin(Integer painMin) {
        this.painMin = painMin;
    }

    public Integer getPainMax() {
        return painMax;
    }

    public void setPainMax(Integer painMax) {
        this.painMax = painMax;
    }

    public BigDecimal getMinWaterTemperature() {
        return minWaterTemperature;
    }

    public void setMinWaterTemperature(BigDecimal minWaterTemperature) {
        this.minWaterTemperature = minWaterTemperature;
    }

    public Integer getMaxClassSize() {
        return maxClassSize;
    }

    public void setMaxClassSize(Integer maxClassSize) {
        this.maxClassSize = maxClassSize;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
