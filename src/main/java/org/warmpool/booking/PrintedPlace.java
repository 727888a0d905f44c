package org.warmpool.booking;

import java.time.Instant;

/**
 * One person on a roster (confirmed) or a waitlist (waitlisted) of a class, as the printed day
 * sheet reads them ({@link PrintedRosterQueries}). A record the query fills rather than an interface
 * projection: the day sheet sorts the people of hundreds of classes, and each getter of a
 * projection's proxy is a reflective call.
 */
record PrintedPlace(Long sessionId, BookingStatus status, String fullName, Instant confirmedAt,
        Long waitlistPosition, Long bookingId) {
}
