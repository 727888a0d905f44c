package org.warmpool.participant;

public enum ScreeningStatus {
    /** A red flag: see a doctor now; no booking, and staff cannot override it. */
    RED_FLAG,
    /** A contraindication: booking waits until the front desk records a medical clearance. */
    NEEDS_CLEARANCE,
    /** Nothing stands in the way of booking. */
    CLEARED
}
