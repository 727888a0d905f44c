package org.warmpool.schedule;

/** An upcoming session that needs an instructor, and why. */
public record CoverNeed(ScheduledSession session, String reason) {
}
