package org.warmpool.pool;

import java.math.BigDecimal;
import org.warmpool.base.ClinicFormats;

/**
 * What a lower water temperature would leave too cold: the coming classes in the pool whose level
 * needs warmer water and that people are booked on.
 *
 * @param classes       coming classes with at least one person booked that need warmer water
 * @param people        places booked on them
 * @param warmestNeeded the warmest of their levels' minimum temperatures, or null when there are none
 */
public record ColdWaterImpact(int classes, int people, BigDecimal warmestNeeded) {

    public static final ColdWaterImpact NONE = new ColdWaterImpact(0, 0, null);

    /** Some booked class would be too cold. */
    public boolean any() {
        return classes > 0;
    }

    /** "3 classes with 17 people booked need at least 33.5 °C". */
    public String describe() {
        return classes + (classes == 1 ? " class" : " classes") + " with " + people
                + (people == 1 ? " person" : " people") + " booked " + (classes == 1 ? "needs" : "need")
                + " at least " + ClinicFormats.celsius(warmestNeeded);
    }
}
