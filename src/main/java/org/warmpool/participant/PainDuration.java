package org.warmpool.participant;

/** How long the pain has lasted, for those who do not know the number of weeks. */
public enum PainDuration {
    LESS_THAN_2_WEEKS("Less than 2 weeks"),
    TWO_TO_12_WEEKS("2 to 12 weeks"),
    MORE_THAN_12_WEEKS("More than 12 weeks");

    private final String label;

    PainDuration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
