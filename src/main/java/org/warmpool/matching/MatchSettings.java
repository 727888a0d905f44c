package org.warmpool.matching;

import java.util.Set;

/**
 * The clinic's matching settings. Defaults follow the domain rules: high-pain and chronic-pain
 * participants get the gentle levels 0 and 1; level 1 also takes chronic pain outside its pain
 * range; level 3 needs comfort in deep water; a full class keeps a waitlist of up to 10.
 */
public record MatchSettings(Set<Integer> gentleLevels, int chronicLevel, Set<Integer> deepWaterLevels,
        int maxWaitlist) {

    public static final MatchSettings DEFAULTS = new MatchSettings(Set.of(0, 1), 1, Set.of(3), 10);

    public MatchSettings {
        gentleLevels = Set.copyOf(gentleLevels);
        deepWaterLevels = Set.copyOf(deepWaterLevels);
    }
}
