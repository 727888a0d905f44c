package org.warmpool.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A booking as the participant and the front desk see it.
 *
 * @param waitlistPosition      place in the waitlist (1 = next) while WAITLISTED, else 0
 * @param lateIfCancelledNow    cancelling now would be recorded as a late cancellation
 * @param cancellable           still active, nobody has marked it as come, and the class has not started
 * @param started               the class has started
 */
public record BookingSummary(
        long bookingId,
        long sessionId,
        long participantId,
        String participantName,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String sessionTitle,
        String poolName,
        String instructorName,
        BookingStatus status,
        int waitlistPosition,
        boolean lateCancellation,
        boolean cancelledByClinic,
        String clinicReason,
        Attendance attendance,
        boolean madeWithCredit,
        boolean lateIfCancelledNow,
        boolean cancellable,
        boolean started) {

    /** The status in words, for a list. */
    public String statusText() {
        if (status == BookingStatus.CANCELLED) {
            if (cancelledByClinic) {
                return "Cancelled by the clinic";
            }
            return lateCancellation ? "Cancelled late" : "Cancelled";
        }
        if (status == BookingStatus.WAITLISTED) {
            return "Waitlist: number " + waitlistPosition;
        }
        if (attendance == Attendance.ATTENDED && !started) {
            // Checked in shortly before the start: the class itself still lies ahead.
            return "Checked in";
        }
        return attendance == null ? "Booked" : attendance.label();
    }
}
