package org.warmpool.schedule;

/**
 * How many participants booked on a session an instructor has taught before: a substitute they
 * know is easier on people in pain. The booking feature implements it; until then it counts none.
 */
public interface TaughtBefore {

    int knownParticipants(long instructorId, long sessionId);
}
