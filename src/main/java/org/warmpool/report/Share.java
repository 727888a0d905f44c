package org.warmpool.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of the participants who could be counted for a figure have it: "4 of 6 (67%)". A base
 * of fewer than {@link OutcomesCalculator#MIN_GROUP} participants is never shown, whatever the
 * group's size: it would describe a handful of people.
 */
public record Share(int count, int base) {

    public boolean shown() {
        return base >= OutcomesCalculator.MIN_GROUP;
    }

    /** The share in whole percent, rounded half up; only for a shown share. */
    public int percent() {
        return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_UP).intValue();
    }

    /** "4 of 6 (67%)", or {@link OutcomesCalculator#FEWER_THAN_5}. */
    public String text() {
        return shown() ? count + " of " + base + " (" + percent() + "%)" : OutcomesCalculator.FEWER_THAN_5;
    }
}
