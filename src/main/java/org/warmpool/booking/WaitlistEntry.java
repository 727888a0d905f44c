package org.warmpool.booking;

import java.time.Instant;

/** One person waiting for a place, with their place in the queue (1 = next). */
public record WaitlistEntry(long bookingId, long participantId, String participantName, int position,
        Instant joinedAt) {
}
