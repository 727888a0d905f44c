package org.warmpool.schedule;

import java.util.List;

/**
 * Who is booked on a session. The booking feature implements it; until a clinic takes bookings
 * the roster is empty.
 */
public interface RosterSource {

    /** Names of the participants booked on the session, in the order they booked. */
    List<String> participantNames(long sessionId);
}
