package org.warmpool.participant;

/**
 * A yes/no question of the intake's safety steps ({@link RedFlag}, {@link Contraindication}): the
 * question as the participant reads it, and the words for a "yes" in reasons shown to staff.
 */
public interface SafetyQuestion {

    Words words();

    /** "Do you have a fever together with your back pain?" */
    default String question() {
        return words().question();
    }

    /** "fever with back pain". */
    default String reason() {
        return words().reason();
    }

    record Words(String question, String reason) {
    }
}
