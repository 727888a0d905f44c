package org.warmpool.outcome;

import java.math.BigDecimal;

/**
 * Whether a change between two questionnaire scores matters to the person: on both questionnaires
 * a lower score is less disability, so an improvement is a fall of at least the threshold, and a
 * worsening a rise of at least the threshold. The thresholds are settings (defaults: 5 points on
 * Roland-Morris, 10 percentage points on Oswestry; sources in docs/architecture.md).
 */
public enum ImportantChange {
    IMPROVED, NO_IMPORTANT_CHANGE, WORSENED;

    public static ImportantChange between(BigDecimal before, BigDecimal after, BigDecimal threshold) {
        if (threshold.signum() <= 0) {
            throw new IllegalArgumentException("The threshold must be above zero, not " + threshold);
        }
        BigDecimal fall = before.subtract(after);
        if (fall.compareTo(threshold) >= 0) {
            return IMPROVED;
        }
        if (fall.negate().compareTo(threshold) >= 0) {
            return WORSENED;
        }
        return NO_IMPORTANT_CHANGE;
    }
}
