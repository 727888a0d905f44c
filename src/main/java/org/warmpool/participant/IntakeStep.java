package org.warmpool.participant;

/** The intake's short steps, in order. */
public enum IntakeStep {
    PAIN("Your pain"),
    CAUSE("The cause"),
    SAFETY("Safety questions"),
    HEALTH("Health questions"),
    ACCESS("Getting into the pool and when you can come"),
    REVIEW("Check and send");

    private final String title;

    IntakeStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
