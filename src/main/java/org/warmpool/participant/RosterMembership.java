package org.warmpool.participant;

import java.time.LocalDate;

/**
 * Whether an instructor teaches a class this participant has a confirmed place on, on a day in
 * the given range. The booking feature implements it; without it no instructor sees anyone's
 * health data.
 */
public interface RosterMembership {

    /**
     * @param firstDay the earliest class date that counts (inclusive, the clinic's calendar)
     * @param lastDay  the latest class date that counts (inclusive)
     */
    boolean isOnRosterOf(String instructorEmail, long participantId, LocalDate firstDay, LocalDate lastDay);
}
