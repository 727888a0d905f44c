package org.warmpool.recommendation.ui;

import com.vaadin.flow.component.Component;

/**
 * Booking from the recommended classes, supplied by the booking feature (which builds on the
 * recommendations, so they cannot call it directly).
 */
public interface ClassBooking {

    /** Actions for the logged-in participant, with what they booked and their make-up credits as of now. */
    CardActions forMe(Runnable reload);

    /** Actions for the front desk, booking for this participant. */
    CardActions forParticipant(long participantId, String name, Runnable reload);

    /** This participant's bookings with a cancel action, for the front desk. */
    Component bookingsOf(long participantId, String name, Runnable reload);
}
