package org.warmpool.report;

import java.time.Instant;

/**
 * A booking that waited in a class's waitlist at some time, as the booking record keeps it: when the
 * person joined the list, when they got a place (null: never), when the booking was cancelled
 * (null: not), whether staff gave the place by hand (the booking log's PROMOTED_BY_HAND), and
 * whether the person had a place in the class at some time (by this booking or another).
 * A place booked straight away is confirmed at the moment it was booked, so a later confirmation
 * time means the person waited first.
 */
public record WaitlistPlace(long sessionId, long participantId, Instant joinedAt, Instant confirmedAt,
        Instant cancelledAt, boolean promotedByHand, boolean gotAPlace) {

    /**
     * As the query hands the row over; {@code placesInClass} counts the person's bookings in the class
     * that were ever confirmed (this one after waiting, or another one booked straight away).
     */
    public WaitlistPlace(long sessionId, long participantId, Instant joinedAt, Instant confirmedAt,
            Instant cancelledAt, Long handPromotions, Long placesInClass) {
        this(sessionId, participantId, joinedAt, confirmedAt, cancelledAt, handPromotions != null && handPromotions > 0,
                placesInClass != null && placesInClass > 0);
    }

    public boolean promoted() {
        return confirmedAt != null;
    }

    /** When the person left the list: promoted, took themselves off, or (still waiting) never. */
    public Instant leftAt() {
        return confirmedAt != null ? confirmedAt : cancelledAt;
    }
}
