package org.warmpool.booking;

/** CONFIRMED holds a place; WAITLISTED waits in order; CANCELLED is kept as history. */
public enum BookingStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
