package org.warmpool.schedule;

/**
 * An upcoming session as matching judges it, with its places taken and the people in its waitlist as
 * the class's own counts keep them (the places are the count booking decides by, under the session's
 * lock).
 */
public record OfferedSession(SessionOffer offer, int seatsTaken, int waiting) {
}
