package org.warmpool.booking;

import java.util.List;

/** A participant's bookings, upcoming (soonest first) and past (latest first), and their make-up credits. */
public record MyBookings(List<BookingSummary> upcoming, List<BookingSummary> past, List<CreditSummary> credits) {
}
