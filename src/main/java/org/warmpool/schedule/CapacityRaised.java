package org.warmpool.schedule;

/** A session got more places; the waitlist moves up. Published inside the changing transaction. */
public record CapacityRaised(long sessionId) {
}
