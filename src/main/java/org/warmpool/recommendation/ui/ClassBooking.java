package org.warmpool.recommendation.ui;

import org.warmpool.participant.ui.ParticipantBookings;

/**
 * Booking from the recommended classes, supplied by the booking feature (which builds on the
 * recommendations, so they cannot call it directly).
 */
public interface ClassBooking extends ParticipantBookings {

    /** Actions for the logged-in participant, with what they booked and their make-up credits as of now. */
    CardActions forMe(Runnable reload);

    /** Actions for the front desk, booking for this participant. */
    CardActions forParticipant(long participantId, String name, Runnable reload);
}
