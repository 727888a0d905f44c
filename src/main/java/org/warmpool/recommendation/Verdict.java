package org.warmpool.recommendation;

import java.util.List;
import org.warmpool.matching.Reason;

/**
 * The matcher's answer for one participant and one session.
 *
 * @param blockedBecause why the participant may not book at all (red flag, clearance missing, no
 *                       intake), or null
 * @param brokenRules    the rules this session breaks for them; empty when it suits
 */
public record Verdict(String blockedBecause, List<Reason> brokenRules) {

    public Verdict {
        brokenRules = List.copyOf(brokenRules);
    }

    public boolean allowed() {
        return blockedBecause == null && brokenRules.isEmpty();
    }
}
