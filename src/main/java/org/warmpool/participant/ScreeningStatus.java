package org.warmpool.participant;

public enum ScreeningStatus {
    /** A red flag: see a doctor now; no booking, and staff cannot override it. */
    RED_FLAG("red flag: referred to a doctor"),
    /** A contraindication: booking waits until the front desk records a medical clearance. */
    NEEDS_CLEARANCE("needed a medical clearance"),
    /** Nothing stands in the way of booking. */
    CLEARED("cleared to book");

    private final String label;

    ScreeningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
