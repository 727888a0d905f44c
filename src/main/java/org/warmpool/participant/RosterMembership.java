package org.warmpool.participant;

/**
 * Whether an instructor teaches a session this participant is booked on. The booking feature
 * implements it; until then no instructor sees anyone's health data.
 */
public interface RosterMembership {

    boolean isOnRosterOf(String instructorEmail, long participantId);
}
