package org.warmpool.schedule.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.schedule.ScheduledSession;

/**
 * One session in the week, compact: time, level, pool, instructor, places booked and left, and
 * warnings. The whole card is one button that opens the session's details and actions, so it is
 * one keyboard stop and a large target; its text is its accessible name.
 */
class SessionCard extends ListItem {

    private final Span places;

    SessionCard(ScheduledSession session, Runnable open) {
        addClassName("session-card");
        addClassName("level-" + session.levelNumber());
        if (session.cancelled()) {
            addClassName("cancelled");
        }
        NativeButton card = new NativeButton();
        card.addClassName("session-open");
        addLines(card, line("session-time", session.start().format(ClinicFormats.TIME) + "-"
                        + session.end().format(ClinicFormats.TIME)),
                line("session-level", session.levelTitle()),
                line("session-pool", session.poolName()),
                line("session-instructor", session.instructorName() == null ? "No instructor yet"
                        : "With " + session.instructorName()),
                places = line("session-places", places(session)));
        addLines(card, warnings(session));
        card.addClickListener(click -> open.run());
        add(card);
    }

    /** Shows the places again, as they are now. */
    void showPlaces(ScheduledSession session) {
        places.setText(places(session));
    }

    private Span[] warnings(ScheduledSession session) {
        List<Span> warnings = new ArrayList<>();
        if (session.poolTooCold()) {
            Span cold = line("session-warning", "Pool too cold: " + ClinicFormats.celsius(session.poolTemperature())
                    + ", needs " + ClinicFormats.celsius(session.levelMinTemperature()));
            cold.getElement().getThemeList().add("badge error");
            warnings.add(cold);
        }
        if (session.cancelled()) {
            Span cancelled = line("session-warning", "Cancelled: " + session.cancelReason());
            cancelled.getElement().getThemeList().add("badge contrast");
            warnings.add(cancelled);
        }
        return warnings.toArray(Span[]::new);
    }

    /** Adds the lines to the card with a space after each, so that its accessible name keeps words apart. */
    private static void addLines(NativeButton card, Span... lines) {
        for (Span line : lines) {
            card.add(line, new Text(" "));
        }
    }

    /** "3 booked, 5 left", or "8 booked, full". */
    static String places(ScheduledSession session) {
        int left = Math.max(0, session.capacity() - session.seatsTaken());
        return session.seatsTaken() + " booked, " + (left == 0 ? "full" : left + " left");
    }

    /** A line of the card. */
    private static Span line(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    /** The card's button: what a click or Enter opens. */
    NativeButton button() {
        return (NativeButton) getChildren().filter(NativeButton.class::isInstance).findFirst().orElseThrow();
    }
}
