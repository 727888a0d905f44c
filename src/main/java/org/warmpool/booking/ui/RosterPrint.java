package org.warmpool.booking.ui;

import com.vaadin.flow.component.html.Div;
import org.springframework.core.annotation.Order;
import org.warmpool.booking.PrintedRosters;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ui.RosterPanel;

/** "Print the roster (PDF)" on a session's roster page, above who came. */
@org.springframework.stereotype.Component
@Order(0)
class RosterPrint implements RosterPanel {

    private final PrintedRosters printed;

    RosterPrint(PrintedRosters printed) {
        this.printed = printed;
    }

    @Override
    public com.vaadin.flow.component.Component create(ScheduledSession session) {
        Div links = new Div(PrintLinks.roster(printed, session.id(), session.date(), session.start(),
                session.levelTitle() + " at " + session.start() + " in " + session.poolName()));
        links.addClassName("today-class-links");
        links.setId("print-links");
        return links;
    }
}
