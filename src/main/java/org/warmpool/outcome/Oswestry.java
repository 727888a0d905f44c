package org.warmpool.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Oswestry Disability Index (version 2.1a): ten sections, each answered with one of six
 * statements scored 0 to 5. The index is the points scored as a percentage of the points possible,
 * and a skipped section lowers what is possible by 5 (16 points over ten sections is 32%, over
 * nine sections 35.6%). With more than two sections skipped the answers give no index.
 */
public final class Oswestry {

    public static final int SECTIONS = 10;
    public static final int MAX_PER_SECTION = 5;
    public static final int MAX_SKIPPED = 2;

    private Oswestry() {
    }

    /** Points scored, over how many answered sections. */
    public record Index(int points, int answeredSections) {

        public int possiblePoints() {
            return answeredSections * MAX_PER_SECTION;
        }

        /** The index in percent, to one decimal place (half up), as clinics report it. */
        public BigDecimal percent() {
            return BigDecimal.valueOf(points * 100L)
                    .divide(BigDecimal.valueOf(possiblePoints()), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * The index of ten answers in section order, each 0 to 5 or {@code null} for a skipped section;
     * empty when more than {@value #MAX_SKIPPED} sections are skipped.
     */
    public static Optional<Index> score(List<Integer> sections) {
        if (sections.size() != SECTIONS) {
            throw new IllegalArgumentException("The index has " + SECTIONS + " sections, not " + sections.size());
        }
        for (Integer answer : sections) {
            if (answer != null && (answer < 0 || answer > MAX_PER_SECTION)) {
                throw new IllegalArgumentException("A section scores 0 to " + MAX_PER_SECTION + ", not " + answer);
            }
        }
        List<Integer> answered = sections.stream().filter(Objects::nonNull).toList();
        if (SECTIONS - answered.size() > MAX_SKIPPED) {
            return Optional.empty();
        }
        return Optional.of(new Index(answered.stream().mapToInt(Integer::intValue).sum(), answered.size()));
    }
}
