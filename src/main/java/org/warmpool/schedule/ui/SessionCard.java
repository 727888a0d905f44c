package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.warmpool.base.ClinicFormats;
import org.warmpool.schedule.ScheduledSession;

/** One session in the week: time, level, pool, places, and warnings. */
class SessionCard extends ListItem {

    SessionCard(ScheduledSession session, Runnable open) {
        addClassName("session-card");
        addClassName("level-" + session.levelNumber());
        Span time = new Span(session.start() + "-" + session.end());
        time.addClassName("session-time");
        Span level = new Span(session.levelTitle());
        level.addClassName("session-level");
        Div details = new Div(new Span(session.poolName() + " · " + session.bias().label()),
                new Span(session.instructorName() == null ? "No instructor yet" : "With " + session.instructorName()),
                new Span(session.seatsTaken() + " of " + session.capacity() + " places taken"));
        details.addClassName("session-details");
        add(time, level, details);
        if (session.poolTooCold()) {
            Span cold = new Span("Pool too cold: " + ClinicFormats.celsius(session.poolTemperature()) + ", level needs "
                    + ClinicFormats.celsius(session.levelMinTemperature()));
            cold.getElement().getThemeList().add("badge error");
            add(cold);
        }
        if (session.cancelled()) {
            addClassName("cancelled");
            Span cancelled = new Span("Cancelled: " + session.cancelReason());
            cancelled.getElement().getThemeList().add("badge contrast");
            add(cancelled);
        }
        Button openButton = new Button("Details", click -> open.run());
        openButton.setAriaLabel("Details of " + session.levelTitle() + " at " + session.start() + " on "
                + session.date());
        add(openButton);
    }
}
