package org.warmpool.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The attendance report: the classes held in the period with their bookings' attendance, and the
 * late cancellations and no-shows in those classes by name. Classes the clinic cancelled and classes
 * still to come are left out. The page reads the names a page at a time ({@link #missedRange}):
 * {@code missed} is then empty, and {@link #missedCount} says how many there are.
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

    /** The late cancellations and no-shows by name, as many as the classes' figures count. */
    public long missedCount() {
        return noShows() + lateCancellations();
    }

    /**
     * The classes that hold rows {@code offset} to {@code offset + limit - 1} of the names, in the
     * report's order (class by class, as {@code sessions}), and how many of the first class's rows
     * come before {@code offset}.
     */
    public Range missedRange(long offset, int limit) {
        List<Long> sessionIds = new ArrayList<>();
        long before = 0;
        long skip = 0;
        for (SessionFigures session : sessions) {
            long rows = session.noShows() + session.lateCancellations();
            if (rows == 0 || before + rows <= offset) {
                before += rows;
                continue;
            }
            if (sessionIds.isEmpty()) {
                skip = offset - before;
            }
            sessionIds.add(session.sessionId());
            before += rows;
            if (before >= offset + limit) {
                break;
            }
        }
        return new Range(sessionIds, (int) skip);
    }

    /** Classes by id, and how many of their rows to pass over first. */
    public record Range(List<Long> sessionIds, int skip) {
    }

    /** Not marked in one class. */
    public static long notMarked(SessionFigures session) {
        return session.booked() - session.attended() - session.noShows();
    }
}
