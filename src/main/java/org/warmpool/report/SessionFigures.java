package org.warmpool.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.schedule.SessionStatus;

/**
 * One class of a report's period with its bookings' figures as the database keeps them: what the utilisation
 * and attendance reports are worked out from.
 *
 * @param booked            confirmed bookings, whether marked attended, no-show or not marked yet
 *                          (cancelled bookings and waitlist places are not booked)
 * @param attended          confirmed bookings marked attended
 * @param noShows           confirmed bookings marked as no-show
 * @param lateCancellations bookings cancelled inside the late window
 */
public record SessionFigures(long sessionId, LocalDate date, LocalTime start, Instant startsAt, int levelNumber,
        String levelName, String poolName, int capacity, boolean cancelledByClinic, long booked, long attended,
        long noShows, long lateCancellations) {

    /** As the query hands the row over. */
    public SessionFigures(long sessionId, LocalDate date, LocalTime start, Instant startsAt, int levelNumber,
            String levelName, String poolName, int capacity, SessionStatus status, int booked, int attended,
            int noShows, int lateCancellations) {
        this(sessionId, date, start, startsAt, levelNumber, levelName, poolName, capacity,
                status == SessionStatus.CANCELLED, booked, attended, noShows, lateCancellations);
    }

    /** "Level 2 Stretch & Strengthen". */
    public String levelTitle() {
        return "Level " + levelNumber + " " + levelName;
    }

    public DayOfWeek weekday() {
        return date.getDayOfWeek();
    }

    /** Held: not cancelled by the clinic, and started by {@code now}. */
    public boolean heldBy(Instant now) {
        return !cancelledByClinic && !startsAt.isAfter(now);
    }
}
