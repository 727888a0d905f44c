package org.warmpool.schedule;

public enum SessionStatus {
    SCHEDULED,
    /** Cancelled by the clinic; kept in the history with its reason. */
    CANCELLED
}
