package org.warmpool.progress;

import org.warmpool.booking.Attendance;

/**
 * One participant with a place in the class, with the pain recorded so far.
 *
 * @param flare             pain rose during the class by the programme's flare threshold or more
 * @param suggestionWaiting a progression suggestion waits for a decision
 */
public record PainRow(long bookingId, long participantId, String participantName, Attendance attendance,
        Integer before, Integer after, boolean flare, boolean suggestionWaiting) {

    public boolean didNotCome() {
        return attendance == Attendance.NO_SHOW;
    }
}
