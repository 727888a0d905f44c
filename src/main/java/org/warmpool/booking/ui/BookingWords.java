package org.warmpool.booking.ui;

import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingStatus;

/** Dates, times and booking states in the words the booking screens use. */
final class BookingWords {


    private BookingWords() {
    }

    /** "Mon 7 Dec at 10:00". */
    static String when(LocalDate date, LocalTime start) {
        return date.format(ClinicFormats.DAY_SHORT) + " at " + start;
    }

    /** "Level 2 Stretch & Strengthen, Mon 7 Dec at 10:00". */
    static String classAndTime(String title, LocalDate date, LocalTime start) {
        return title + ", " + when(date, start);
    }

    /** "Booked" or "On the waitlist, number 2": what a card shows instead of its button. */
    static String state(BookingStatus status, int waitlistPosition) {
        return status == BookingStatus.WAITLISTED ? "On the waitlist, number " + waitlistPosition : "Booked";
    }

    /** The state as a badge that takes the keyboard focus when it replaces the button that was clicked. */
    static Span stateBadge(BookingStatus status, int waitlistPosition) {
        Span badge = new Span(state(status, waitlistPosition));
        badge.addClassName("booking-state");
        badge.getElement().getThemeList().add(status == BookingStatus.CONFIRMED ? "badge success" : "badge contrast");
        badge.getElement().setAttribute("tabindex", "-1");
        return badge;
    }

    static Span stateBadge(BookingResult result) {
        return stateBadge(result.status(), result.waitlistPosition());
    }
}
