package org.warmpool.booking;

import java.time.LocalDate;

/**
 * A make-up credit not used yet and still valid, for the front desk's list.
 *
 * @param daysLeft     days from today to its last valid day (0: today is the last day)
 * @param expiringSoon its last day is within {@link OpenCredits#EXPIRING_WITHIN_DAYS} days
 */
public record OpenCredit(long creditId, long participantId, String participantName, String fromClass,
        LocalDate fromDate, LocalDate validUntil, long daysLeft, boolean expiringSoon) {
}
