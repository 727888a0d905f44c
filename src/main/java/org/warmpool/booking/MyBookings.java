package org.warmpool.booking;

import java.util.List;

/**
 * A participant's bookings, upcoming (places and waitlist places still held, soonest first), past
 * (latest first), cancelled places of classes still to come (soonest first), and their make-up credits.
 */
public record MyBookings(List<BookingSummary> upcoming, List<BookingSummary> past, List<BookingSummary> cancelled,
        List<CreditSummary> credits) {
}
