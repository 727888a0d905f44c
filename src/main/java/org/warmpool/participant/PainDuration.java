package org.warmpool.participant;

/**
 * How long the pain has lasted, for those who do not know the number of weeks. The bands meet at
 * 12 weeks, where pain becomes chronic: someone at exactly 12 weeks chooses "12 weeks or more".
 */
public enum PainDuration {
    LESS_THAN_2_WEEKS("Less than 2 weeks", 1),
    TWO_TO_11_WEEKS("2 to 11 weeks", 11),
    TWELVE_WEEKS_OR_MORE("12 weeks or more", Integer.MAX_VALUE);

    private final String label;
    private final int mostWeeks;

    PainDuration(String label, int mostWeeks) {
        this.label = label;
        this.mostWeeks = mostWeeks;
    }

    public String label() {
        return label;
    }

    /**
     * Whether pain in this band may have lasted {@code chronicFromWeeks} weeks: a band that reaches
     * the threshold counts as chronic, so an administrator's threshold inside a band errs towards
     * the gentle classes.
     */
    public boolean reaches(int chronicFromWeeks) {
        return mostWeeks >= chronicFromWeeks;
    }
}
