package org.warmpool.booking;

/** Marked per confirmed booking by the instructor or the front desk. */
public enum Attendance {
    ATTENDED("Attended"), NO_SHOW("Did not come");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
