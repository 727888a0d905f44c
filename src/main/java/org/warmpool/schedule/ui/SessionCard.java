package org.warmpool.schedule.ui;

import org.springframework.web.util.HtmlUtils;
import org.warmpool.base.ClinicFormats;
import org.warmpool.schedule.ScheduledSession;

/**
 * One session in the week, compact: time, level, pool, instructor, places booked and left, and
 * warnings. The whole card is one button that opens the session's details and actions, so it is
 * one keyboard stop and a large target; its text is its accessible name.
 * <p>
 * A card is plain HTML (escaped text in spans, a space after each so that the button's accessible
 * name keeps words apart), sent with the rest of its day as one piece ({@link SessionList}): the
 * browser draws the same elements as components would make, but the server keeps one node a day
 * instead of two a card (a week of a chain's pool has about 60 cards; docs/performance.md,
 * "Schedule week as it opens").
 */
final class SessionCard {

    private SessionCard() {
    }

    /** The card: a list item holding the button that opens the class (its id in {@code data-session}). */
    static String html(ScheduledSession session) {
        StringBuilder html = new StringBuilder(600).append("<li class=\"session-card level-")
                .append(session.levelNumber()).append(session.cancelled() ? " cancelled" : "")
                .append("\"><button type=\"button\" class=\"session-open\" data-session=\"").append(session.id())
                .append("\">");
        line(html, "session-time", null, session.start().format(ClinicFormats.TIME) + "-"
                + session.end().format(ClinicFormats.TIME));
        line(html, "session-level", null, session.levelTitle());
        line(html, "session-pool", null, session.poolName());
        line(html, "session-instructor", null, session.instructorName() == null ? "No instructor yet"
                : "With " + session.instructorName());
        line(html, "session-places", null, places(session));
        if (session.poolTooCold()) {
            line(html, "session-warning", "badge error", "Pool too cold: "
                    + ClinicFormats.celsius(session.poolTemperature())
                    + ", needs " + ClinicFormats.celsius(session.levelMinTemperature()));
        }
        if (session.cancelled()) {
            line(html, "session-warning", "badge contrast", "Cancelled: " + session.cancelReason());
        }
        return html.append("</button></li>").toString();
    }

    /** "3 booked, 5 left", or "8 booked, full". */
    static String places(ScheduledSession session) {
        int left = Math.max(0, session.capacity() - session.seatsTaken());
        return session.seatsTaken() + " booked, " + (left == 0 ? "full" : left + " left");
    }

    /** A line of the card, its text escaped (names and reasons are typed by people), and a space. */
    private static void line(StringBuilder html, String className, String theme, String text) {
        html.append("<span class=\"").append(className).append('"');
        if (theme != null) {
            html.append(" theme=\"").append(theme).append('"');
        }
        html.append('>').append(HtmlUtils.htmlEscape(text, "UTF-8")).append("</span> ");
    }
}
