package org.warmpool.booking.ui;

import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.booking.AttendanceService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ui.RosterPanel;

/** Adds "who came" to a session's roster page, for its instructor and the front desk. */
@org.springframework.stereotype.Component
class RosterAttendance implements RosterPanel {

    private final AttendanceService attendance;
    private final LiveUpdates live;

    RosterAttendance(AttendanceService attendance, LiveUpdates live) {
        this.attendance = attendance;
        this.live = live;
    }

    @Override
    public com.vaadin.flow.component.Component create(ScheduledSession session) {
        return new AttendanceSheet(attendance, session, live);
    }
}
