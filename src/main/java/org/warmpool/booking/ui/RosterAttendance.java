package org.warmpool.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import org.warmpool.booking.AttendanceService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.ui.RosterPanel;

/** Adds "who came" to a session's roster page, for its instructor and the front desk. */
@org.springframework.stereotype.Component
class RosterAttendance implements RosterPanel {

    private final AttendanceService attendance;
    private final Clock clock;

    RosterAttendance(AttendanceService attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    public com.vaadin.flow.component.Component create(ScheduledSession session) {
        return new AttendanceSheet(attendance, session, LocalDate.now(clock));
    }
}
