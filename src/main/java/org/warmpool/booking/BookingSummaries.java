package org.warmpool.booking;

import org.warmpool.schedule.ClassSession;

final class BookingSummaries {

    private BookingSummaries() {
    }

    static BookingSummary of(Booking booking, int waitlistPosition, boolean lateIfCancelledNow, boolean cancellable,
            boolean started) {
        ClassSession s = booking.getSession();
        return new BookingSummary(booking.getId(), s.getId(), booking.getParticipant().getId(),
                booking.getParticipant().getFullName(), s.getDate(), s.getStartTime(),
                s.getStartTime().plusMinutes(s.getDurationMinutes()), s.getLevel().title(), s.getPool().getName(),
                s.getInstructor() == null ? null : s.getInstructor().getName(), booking.getStatus(), waitlistPosition,
                booking.isLateCancellation(), booking.isCancelledByClinic(), s.getCancelReason(),
                booking.getAttendance(), booking.getCredit() != null, lateIfCancelledNow, cancellable, started);
    }
}
