package org.warmpool.schedule;

import java.time.Instant;

/** The clinic cancelled a session; bookings and notifications react to it. */
public record SessionCancelled(long sessionId, String reason, Instant cancelledAt) {
}
