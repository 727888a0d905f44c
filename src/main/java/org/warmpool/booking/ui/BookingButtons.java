package org.warmpool.booking.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.MyBookings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.recommendation.ui.CardActions;
import org.warmpool.recommendation.ui.ClassBooking;

/** Booking buttons and booking lists for the recommended-classes screens. */
@org.springframework.stereotype.Component
class BookingButtons implements ClassBooking {

    private final BookingService bookings;
    private final BookingListService lists;
    private final CancellationService cancellations;
    private final ProgrammeSettingsService programme;

    BookingButtons(BookingService bookings, BookingListService lists, CancellationService cancellations,
            ProgrammeSettingsService programme) {
        this.bookings = bookings;
        this.lists = lists;
        this.cancellations = cancellations;
        this.programme = programme;
    }

    @Override
    public CardActions forMe(Runnable reload) {
        return new ParticipantActions(bookings, lists, reload);
    }

    @Override
    public CardActions forParticipant(long participantId, String name, Runnable reload) {
        return new FrontDeskActions(bookings, lists, participantId, name, reload);
    }

    @Override
    public com.vaadin.flow.component.Component bookingsOf(long participantId, String name, Runnable reload) {
        MyBookings theirs = lists.bookingsOf(participantId);
        if (theirs.upcoming().isEmpty()) {
            return new Paragraph(name + " has no classes booked.");
        }
        return new BookingCards(cancellations, programme.current().getLateCancelHours(), name, reload)
                .list("participant-bookings", theirs.upcoming());
    }
}
