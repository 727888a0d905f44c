package org.warmpool.participant;

public enum IntakeStatus {
    /** Being filled in; saved step by step so that it can be resumed. */
    DRAFT,
    /** Sent and screened; never changed afterwards, except for the clearance. */
    SUBMITTED
}
