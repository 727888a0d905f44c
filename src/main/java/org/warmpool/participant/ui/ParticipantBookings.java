package org.warmpool.participant.ui;

import com.vaadin.flow.component.Component;

/**
 * A participant's coming bookings and waitlist places, with "Cancel the place" where it is still
 * allowed, for the front desk's page about them. Supplied by the booking feature, which builds on
 * this one.
 */
public interface ParticipantBookings {

    /** This participant's bookings with a cancel action, for the front desk. */
    Component bookingsOf(long participantId, String name, Runnable reload);
}
