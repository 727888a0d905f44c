package org.warmpool.recommendation;

import java.util.Set;

/**
 * The instructors a participant already knows: those who taught a class the participant came to
 * (attendance ATTENDED). The booking feature answers it in one query; without it, none.
 */
public interface KnownInstructors {

    Set<Long> of(long participantId);
}
