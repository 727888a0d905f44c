package org.warmpool.report;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One class's waitlist in the waitlists report.
 *
 * @param longest               the most people waiting at one time before the class started
 * @param promotedAutomatically places given to the first in line by themselves (before the cut-off)
 * @param promotedByHand        places the front desk gave after the cut-off
 * @param neverGotIn            people who waited and never had a place, in a class that has taken
 *                              place (those who took themselves off the list included); null for a
 *                              class still to come
 */
public record WaitlistLine(long sessionId, LocalDate date, LocalTime start, String classTitle, String poolName,
        int longest, int promotedAutomatically, int promotedByHand, Integer neverGotIn) {
}
