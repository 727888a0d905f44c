package org.warmpool.report;

import java.math.BigDecimal;

/**
 * One line of the outcomes report: the participants of one level or one condition. Its figures
 * are there only when {@link #visibility()} is {@link Visibility#SHOWN}; otherwise the group holds
 * no figures at all and each reads as {@link #hiddenText()}, on screen, in the chart and in the CSV.
 *
 * @param averageBefore average pain before class (0-10) over the group's classes with both values
 * @param averageAfter  average pain after class
 * @param painImproved  participants whose pain before class fell by 2 points or more from their
 *                      1st to their 6th attended class
 * @param after6        participants whose questionnaire score improved by the important amount
 *                      from the start to the first answer after their 6th attended class
 * @param after12       the same, after their 12th attended class
 */
public record OutcomeGroup(Dimension dimension, String name, Visibility visibility, int participants,
        BigDecimal averageBefore, BigDecimal averageAfter, Share painImproved, int movesUp, int movesDown,
        Share after6, Share after12) {

    /** What a group is formed by. */
    public enum Dimension {
        LEVEL("Level"), CONDITION("Condition");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a group's figures may be shown. */
    public enum Visibility {
        SHOWN,
        /** Fewer than 5 participants. */
        FEWER_THAN_5,
        /**
         * Large enough, but the smallest other group beside exactly one group of fewer than 5: shown,
         * it would let anyone work the small group's figures out by subtracting from a total.
         */
        WITHHELD
    }

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }

    /** What stands in place of every figure of a group that is not shown. */
    public String hiddenText() {
        return visibility == Visibility.WITHHELD ? OutcomesCalculator.WITHHELD_TEXT : OutcomesCalculator.FEWER_THAN_5;
    }

    /**
     * The group without its figures, so that nothing can show them by mistake: a group that is not
     * shown carries no numbers at all, only its name and why.
     */
    OutcomeGroup hidden(Visibility why) {
        Share none = new Share(0, 0);
        return new OutcomeGroup(dimension, name, why, 0, null, null, none, 0, 0, none, none);
    }

    /** The number of participants as shown: a number, or the words that stand for it. */
    public String participantsText() {
        return shown() ? String.valueOf(participants) : hiddenText();
    }

    public String averageBeforeText() {
        return shown() ? averageBefore.toPlainString() : hiddenText();
    }

    public String averageAfterText() {
        return shown() ? averageAfter.toPlainString() : hiddenText();
    }

    public String painImprovedText() {
        return shown() ? painImproved.text() : hiddenText();
    }

    public String movesUpText() {
        return shown() ? String.valueOf(movesUp) : hiddenText();
    }

    public String movesDownText() {
        return shown() ? String.valueOf(movesDown) : hiddenText();
    }

    public String after6Text() {
        return shown() ? after6.text() : hiddenText();
    }

    public String after12Text() {
        return shown() ? after12.text() : hiddenText();
    }
}
