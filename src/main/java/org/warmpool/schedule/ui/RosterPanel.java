package org.warmpool.schedule.ui;

import com.vaadin.flow.component.Component;
import org.warmpool.schedule.ScheduledSession;

/**
 * What another feature shows under a session's roster. The booking feature adds who came, so
 * that the schedule does not depend on bookings (as with {@link org.warmpool.schedule.RosterSource}).
 */
public interface RosterPanel {

    /** A new component for this session's roster page; called once each time the page is shown. */
    Component create(ScheduledSession session);
}
