package org.warmpool.report;

import java.util.List;

/**
 * The attendance report: the classes held in the period with their bookings' attendance, and the
 * late cancellations and no-shows in those classes by name. Classes the clinic cancelled and classes
 * still to come are left out.
 */
public record AttendanceReport(List<SessionFigures> sessions, List<MissedPlace> missed) {

    public long booked() {
        return sessions.stream().mapToLong(SessionFigures::booked).sum();
    }

    public long attended() {
        return sessions.stream().mapToLong(SessionFigures::attended).sum();
    }

    public long noShows() {
        return sessions.stream().mapToLong(SessionFigures::noShows).sum();
    }

    /** Booked places nobody marked yet. */
    public long notMarked() {
        return booked() - attended() - noShows();
    }

    public long lateCancellations() {
        return sessions.stream().mapToLong(SessionFigures::lateCancellations).sum();
    }

    /** Not marked in one class. */
    public static long notMarked(SessionFigures session) {
        return session.booked() - session.attended() - session.noShows();
    }
}
