package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.warmpool.base.ui.CalendarLink;
import org.warmpool.base.ui.Confirmation;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.BookingStatus;
import org.warmpool.booking.BookingSummary;

/**
 * Bookings as a list of cards (readable on a phone), upcoming ones with a one-click cancel that
 * asks first and says plainly when it counts as late. Used by the participant for their own
 * bookings and by the front desk for a participant's.
 */
class BookingCards {

    private final CancellationService cancellations;
    private final int lateCancelHours;
    private final String name;
    private final Runnable reload;

    /**
     * @param name the participant's name when the front desk is looking, or null for the participant themselves
     */
    BookingCards(CancellationService cancellations, int lateCancelHours, String name, Runnable reload) {
        this.cancellations = cancellations;
        this.lateCancelHours = lateCancelHours;
        this.name = name;
        this.reload = reload;
    }

    UnorderedList list(String id, List<BookingSummary> views) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("session-list");
        views.forEach(view -> list.add(card(view)));
        return list;
    }

    ListItem card(BookingSummary view) {
        ListItem card = new ListItem();
        card.addClassNames("session-card", "booking-card");
        Span time = new Span(view.date().format(ClinicFormats.DAY_SHORT) + ", " + view.start() + " to " + view.end());
        time.addClassName("session-time");
        Div details = new Div(new Span(view.poolName()),
                new Span(view.instructorName() == null ? "Instructor to be confirmed" : "With " + view.instructorName()));
        details.addClassName("session-details");
        Span status = new Span(status(view));
        status.addClassName("booking-status");
        card.add(new H3(view.sessionTitle()), time, details, status);
        // The participant's own upcoming place or waitlist place: a calendar file (not for the front desk).
        boolean addToCalendar = name == null && view.status() != BookingStatus.CANCELLED && !view.started();
        if (view.cancellable() || addToCalendar) {
            Div actions = new Div();
            if (view.cancellable()) {
                actions.add(cancelButton(view));
            }
            if (addToCalendar) {
                actions.add(CalendarLink.forBooking(view.bookingId(), view.sessionTitle() + " on "
                        + view.date().format(ClinicFormats.DAY_SHORT) + " at " + view.start()));
            }
            actions.addClassName("card-actions");
            card.add(actions);
        }
        return card;
    }

    private static String status(BookingSummary view) {
        String status = view.statusText();
        if (view.cancelledByClinic() && view.clinicReason() != null && !view.clinicReason().isBlank()) {
            status += ": " + view.clinicReason();
        }
        if (view.madeWithCredit()) {
            status += " (with a make-up credit)";
        }
        return status;
    }

    private Button cancelButton(BookingSummary view) {
        boolean waiting = view.status() == BookingStatus.WAITLISTED;
        String on = view.sessionTitle() + " on " + BookingWords.when(view.date(), view.start());
        String label;
        if (name == null) {
            label = waiting ? "Leave the waitlist" : "Cancel my place";
        } else {
            label = waiting ? "Take off the waitlist" : "Cancel the place";
        }
        Button cancel = new Button(label, click -> confirm(view, waiting, on, click.getSource()));
        cancel.setAriaLabel(label + ": " + on);
        return cancel;
    }

    private void confirm(BookingSummary view, boolean waiting, String on, Component opener) {
        String header;
        String yes;
        String no;
        if (name == null) {
            header = waiting ? "Leave the waitlist?" : "Cancel your place?";
            yes = waiting ? "Leave the waitlist" : "Cancel my place";
            no = waiting ? "Stay on the waitlist" : "Keep my place";
        } else {
            header = waiting ? "Take " + name + " off the waitlist?" : "Cancel " + name + "'s place?";
            yes = waiting ? "Take off the waitlist" : "Cancel the place";
            no = "Keep it";
        }
        String text = on + ", " + view.poolName() + ".";
        if (view.lateIfCancelledNow()) {
            text += " The class starts in less than " + lateCancelHours + " hours, so this counts as a late "
                    + "cancellation. It costs nothing, but it is noted.";
        }
        Confirmation.ask(header, text, yes, no, opener, () -> cancel(view, waiting, on)).setId("confirm-cancel");
    }

    private void cancel(BookingSummary view, boolean waiting, String on) {
        try {
            cancellations.cancel(view.bookingId());
            String who = name == null ? "You have" : name + " has";
            Notifications.success(waiting ? who + " left the waitlist for " + on + "."
                    : (name == null ? "Your" : name + "'s") + " place is cancelled: " + on + ".");
        } catch (RuleViolationException refused) {
            Notifications.problem(refused.getMessage());
        }
        reload.run();
    }
}
