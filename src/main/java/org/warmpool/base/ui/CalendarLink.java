package org.warmpool.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * "Add to calendar": a link to a one-event calendar file (.ics) that the browser downloads and the
 * phone or computer offers to add to its calendar. The files are served outside Vaadin, for the
 * logged-in person only (calendar.CalendarController).
 */
public final class CalendarLink {

    public static final String TEXT = "Add to calendar";

    private CalendarLink() {
    }

    /** For one of the participant's own bookings. */
    public static Anchor forBooking(long bookingId, String what) {
        return link("calendar/booking/" + bookingId + ".ics", what);
    }

    /** For a class the instructor teaches. */
    public static Anchor forClass(long sessionId, String what) {
        return link("calendar/class/" + sessionId + ".ics", what);
    }

    /** @param what the class in words, for screen readers ("Add to calendar: Level 2 on Tue 8 Dec") */
    private static Anchor link(String href, String what) {
        Anchor link = new Anchor(href, TEXT);
        // A file, not a page of the app: the browser downloads it instead of Vaadin's router opening it.
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", TEXT + ": " + what);
        link.addClassName("calendar-link");
        return link;
    }
}
