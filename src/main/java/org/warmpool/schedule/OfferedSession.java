package org.warmpool.schedule;

/**
 * An upcoming session as matching judges it, with its places taken as the class's own count keeps
 * them (the count booking decides by, under the session's lock).
 */
public record OfferedSession(SessionOffer offer, int seatsTaken) {
}
