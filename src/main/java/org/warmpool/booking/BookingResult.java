package org.warmpool.booking;

/**
 * What a booking attempt gave.
 *
 * @param waitlistPosition the place in the waitlist when WAITLISTED (1 = next), else 0
 */
public record BookingResult(long bookingId, BookingStatus status, int waitlistPosition) {

    public boolean confirmed() {
        return status == BookingStatus.CONFIRMED;
    }
}
