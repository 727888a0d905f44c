package org.warmpool.schedule.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import org.springframework.web.util.HtmlUtils;
import org.warmpool.base.ClinicFormats;
import org.warmpool.schedule.ScheduledSession;

/**
 * One session in the week, compact: time, level, pool, instructor, places booked and left, and
 * warnings. The whole card is one button that opens the session's details and actions, so it is
 * one keyboard stop and a large target; its text is its accessible name.
 * <p>
 * The lines inside the button are plain HTML (escaped text in spans, a space after each so that
 * its accessible name keeps words apart), sent as the button's content: the browser draws the same
 * elements as components would make, but the server keeps two nodes a card instead of seventeen
 * (a week of a chain's pool has about 60 cards; docs/performance.md, "Schedule week as it opens").
 */
class SessionCard extends ListItem {

    private final NativeButton button = new NativeButton();
    /** The lines before the places and after them (the warnings), as HTML: only the places change. */
    private final String before;
    private final String after;

    SessionCard(ScheduledSession session, Runnable open) {
        addClassName("session-card");
        addClassName("level-" + session.levelNumber());
        if (session.cancelled()) {
            addClassName("cancelled");
        }
        button.addClassName("session-open");
        StringBuilder lines = new StringBuilder(400);
        line(lines, "session-time", null, session.start().format(ClinicFormats.TIME) + "-"
                + session.end().format(ClinicFormats.TIME));
        line(lines, "session-level", null, session.levelTitle());
        line(lines, "session-pool", null, session.poolName());
        line(lines, "session-instructor", null, session.instructorName() == null ? "No instructor yet"
                : "With " + session.instructorName());
        before = lines.toString();
        lines.setLength(0);
        if (session.poolTooCold()) {
            line(lines, "session-warning", "badge error", "Pool too cold: "
                    + ClinicFormats.celsius(session.poolTemperature())
                    + ", needs " + ClinicFormats.celsius(session.levelMinTemperature()));
        }
        if (session.cancelled()) {
            line(lines, "session-warning", "badge contrast", "Cancelled: " + session.cancelReason());
        }
        after = lines.toString();
        showPlaces(session);
        button.addClickListener(click -> open.run());
        add(button);
    }

    /** Shows the places again, as they are now. */
    void showPlaces(ScheduledSession session) {
        StringBuilder html = new StringBuilder(before.length() + after.length() + 80).append(before);
        line(html, "session-places", null, places(session));
        button.getElement().setProperty("innerHTML", html.append(after).toString());
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

    /** The card's button: what a click or Enter opens. */
    NativeButton button() {
        return button;
    }
}
