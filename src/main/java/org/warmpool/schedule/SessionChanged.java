package org.warmpool.schedule;

/**
 * A session's day, time, pool or instructor was edited (the values may be the same as before).
 * Published inside the changing transaction, after the change, for every edit and assignment; who
 * is booked is told only by {@link SessionMoved}.
 */
public record SessionChanged(long sessionId) {
}
