package org.warmpool.participant;

import java.util.List;

/**
 * The screening's answer with its reasons: whether the participant may book, must see a doctor
 * first, or waits for a clearance; and whether their pain is chronic or high.
 */
public record ScreeningOutcome(ScreeningStatus status, List<RedFlag> redFlags,
        List<Contraindication> contraindications, boolean chronic, boolean highPain, String message) {

    public boolean mayBook() {
        return status == ScreeningStatus.CLEARED;
    }
}
