package org.warmpool.program;

/** The direction of spinal movement a class favours; it decides which conditions it suits. */
public enum ExerciseBias {
    FLEXION("Flexion (bending forward)"),
    EXTENSION("Extension (bending backward)"),
    NEUTRAL("Neutral spine");

    private final String label;

    ExerciseBias(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
