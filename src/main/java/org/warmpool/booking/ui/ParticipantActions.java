package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingResult;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingSummary;
import org.warmpool.booking.CreditSummary;
import org.warmpool.booking.MyBookings;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.Recommendation;
import org.warmpool.recommendation.ui.CardActions;

/**
 * The participant's own buttons on a recommended class: Book (or Join the waitlist when it is
 * full), and Book with make-up credit while they hold one; what they booked shows instead.
 */
class ParticipantActions implements CardActions {

    private final BookingService bookings;
    private final Map<Long, BookingSummary> active;
    /** Their make-up credits (the page keeps only these of their bookings). */
    private final List<CreditSummary> credits;
    private final Runnable reload;

    ParticipantActions(BookingService bookings, BookingListService lists, Runnable reload) {
        this.bookings = bookings;
        this.reload = reload;
        MyBookings mine = lists.myBookings();
        this.credits = mine.credits();
        this.active = mine.upcoming().stream().filter(BookingSummary::cancellable)
                .collect(Collectors.toMap(BookingSummary::sessionId, Function.identity(), (a, b) -> a));
    }

    @Override
    public Component forRecommended(Recommendation recommendation) {
        Candidate session = recommendation.session();
        Div actions = new Div();
        actions.addClassName("card-actions");
        BookingSummary booked = active.get(session.sessionId());
        if (booked != null) {
            actions.add(BookingWords.stateBadge(booked.status(), booked.waitlistPosition()));
            return actions;
        }
        String what = BookingWords.classAndTime(session.level().title(), session.date(), session.start());
        String on = session.level().title() + " on " + BookingWords.when(session.date(), session.start());
        boolean full = recommendation.waitlistOnly();
        Button book = new Button(full ? "Join the waitlist" : "Book");
        book.setAriaLabel((full ? "Join the waitlist for " : "Book ") + on);
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(click -> {
            BookingResult result;
            try {
                result = bookings.bookForMe(session.sessionId(), full);
            } catch (RuleViolationException refused) {
                // Someone else was quicker, or something changed: say so and show the list as it is now.
                Notifications.problem(refused.getMessage());
                reload.run();
                return;
            }
            Notifications.success(result.confirmed() ? "Booked: " + what
                    : "You are number " + result.waitlistPosition() + " on the waitlist for " + what + ".");
            Span state = BookingWords.stateBadge(result);
            actions.removeAll();
            actions.add(state);
            state.getElement().callJsFunction("focus");
        });
        actions.add(book);
        creditFor(session).filter(credit -> !full).ifPresent(credit -> {
            Button withCredit = new Button("Book with make-up credit");
            withCredit.setAriaLabel("Book with make-up credit: " + on);
            withCredit.addClickListener(click -> {
                try {
                    bookings.bookForMeWithCredit(session.sessionId(), credit.creditId());
                    Notifications.success("Booked with your make-up credit: " + what);
                } catch (RuleViolationException refused) {
                    Notifications.problem(refused.getMessage());
                }
                reload.run(); // the credit is spent: no other card offers it now
            });
            actions.add(withCredit);
        });
        return actions;
    }

    /** The usable credit that runs out first and still covers the day of the class. */
    private Optional<CreditSummary> creditFor(Candidate session) {
        return credits.stream().filter(CreditSummary::usable)
                .filter(credit -> !credit.validUntil().isBefore(session.date()))
                .min(Comparator.comparing(CreditSummary::validUntil));
    }
}
