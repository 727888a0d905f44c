package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingSummary;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.Rejection;
import org.warmpool.recommendation.ui.CardActions;

/**
 * The front desk's buttons on a participant's classes: "Book for <name>" on the recommended
 * ones, and "Book anyway…" with a reason on those whose only problem is the level.
 */
class FrontDeskActions implements CardActions {

    private final BookingService bookings;
    private final long participantId;
    private final String name;
    private final Map<Long, BookingSummary> active;
    private final Runnable reload;

    FrontDeskActions(BookingService bookings, BookingListService lists, long participantId, String name,
            Runnable reload) {
        this.bookings = bookings;
        this.participantId = participantId;
        this.name = name;
        this.reload = reload;
        this.active = lists.bookingsOf(participantId).upcoming().stream().filter(BookingSummary::cancellable)
                .collect(Collectors.toMap(BookingSummary::sessionId, Function.identity(), (a, b) -> a));
    }

    @Override
    public Component forRecommended(Recommendation recommendation) {
        Candidate session = recommendation.session();
        Div actions = actions(session);
        if (actions.getComponentCount() > 0) {
            return actions;
        }
        boolean full = recommendation.waitlistOnly();
        Button book = new Button(full ? "Put " + name + " on the waitlist" : "Book for " + name);
        // The visible words come first in the accessible name, so that voice control finds the button.
        book.setAriaLabel(book.getText() + (full ? " for " : ": ") + on(session));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> {
            BookingResult result;
            try {
                result = bookings.bookFor(participantId, session.sessionId(), full, null);
            } catch (RuleViolationException refused) {
                Notifications.problem(refused.getMessage());
                reload.run();
                return;
            }
            booked(result, session);
            reload.run();
        });
        actions.add(book);
        return actions;
    }

    @Override
    public Component forOther(Rejection rejection) {
        Candidate session = rejection.session();
        Div actions = actions(session);
        if (actions.getComponentCount() > 0 || !rejection.levelOnly()) {
            return actions.getComponentCount() > 0 ? actions : null;
        }
        Button anyway = new Button("Book anyway…");
        anyway.setAriaLabel("Book anyway: " + on(session) + ", for " + name + ", with a reason");
        anyway.addClickListener(click -> new OverrideDialog(name, on(session), ReasonWords.rejection(rejection),
                reason -> {
                    BookingResult result = bookings.bookFor(participantId, session.sessionId(),
                            session.seatsLeft() <= 0, reason);
                    booked(result, session);
                    reload.run();
                }).open());
        actions.add(anyway);
        return actions;
    }

    /** The booking state when this participant has the class already, else an empty area for buttons. */
    private Div actions(Candidate session) {
        Div actions = new Div();
        actions.addClassName("card-actions");
        BookingSummary booked = active.get(session.sessionId());
        if (booked != null) {
            Span state = BookingWords.stateBadge(booked.status(), booked.waitlistPosition());
            actions.add(state);
        }
        return actions;
    }

    private void booked(BookingResult result, Candidate session) {
        String what = BookingWords.classAndTime(session.level().title(), session.date(), session.start());
        Notifications.success(result.confirmed() ? "Booked for " + name + ": " + what
                : name + " is number " + result.waitlistPosition() + " on the waitlist for " + what + ".");
    }

    private static String on(Candidate session) {
        return session.level().title() + " on " + BookingWords.when(session.date(), session.start());
    }
}
