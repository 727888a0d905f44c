package org.warmpool.outcome;

import java.util.List;

/**
 * The Roland-Morris Disability Questionnaire: 24 statements about what back pain stops a person
 * doing today; each one that applies scores a point, so the score runs from 0 (no disability) to
 * 24. On the published paper form a statement is either ticked or left blank, so every statement
 * has an answer; this form asks each one as yes or no.
 */
public final class RolandMorris {

    public static final int ITEMS = 24;
    public static final int MAX_SCORE = ITEMS;

    private RolandMorris() {
    }

    /** The score of 24 answers, in the order of the statements; {@code true} means "this applies to me today". */
    public static int score(List<Boolean> applies) {
        if (applies.size() != ITEMS) {
            throw new IllegalArgumentException("The questionnaire has " + ITEMS + " statements, not " + applies.size());
        }
        if (applies.contains(null)) {
            throw new IllegalArgumentException("Every statement needs a yes or a no");
        }
        return (int) applies.stream().filter(Boolean::booleanValue).count();
    }
}
