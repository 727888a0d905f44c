package org.warmpool.participant;

/** The intake's "main cause of the pain", in the participant's words and the clinic's. */
public enum Condition {
    HERNIATED_DISC("Herniated or bulging disc in the lower back"),
    SPINAL_STENOSIS("Narrowing of the spinal canal (lumbar spinal stenosis)"),
    DEGENERATIVE_DISC("Wear of the discs (degenerative disc disease)"),
    SPONDYLOLISTHESIS("A vertebra slipped forward (spondylolisthesis)"),
    PIRIFORMIS("Piriformis syndrome (deep buttock muscle)"),
    SI_JOINT("Sacroiliac joint problem (where spine meets pelvis)"),
    OTHER_OR_UNKNOWN("Something else, or I don't know");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
