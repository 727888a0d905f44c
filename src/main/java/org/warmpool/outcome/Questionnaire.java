package org.warmpool.outcome;

/** The two back-pain disability questionnaires a clinic can choose between. */
public enum Questionnaire {
    RMDQ("Roland-Morris", "points"),
    ODI("Oswestry", "percentage points");

    private final String label;
    private final String unit;

    Questionnaire(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** "Roland-Morris", "Oswestry". */
    public String label() {
        return label;
    }

    /** What a change is counted in: "points" or "percentage points". */
    public String unit() {
        return unit;
    }
}
