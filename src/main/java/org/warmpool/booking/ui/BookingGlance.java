package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.BookingSummary;
import org.warmpool.booking.CreditSummary;
import org.warmpool.booking.MyBookings;
import org.warmpool.participant.ui.ParticipantAtAGlance;

/** The participant page's "Next classes" and "Make-up credits" cards, for the front desk. */
@org.springframework.stereotype.Component
class BookingGlance implements ParticipantAtAGlance {

    /** How many coming classes the card shows. */
    static final int NEXT_CLASSES = 3;

    private final BookingListService lists;

    BookingGlance(BookingListService lists) {
        this.lists = lists;
    }

    @Override
    public List<Component> cards(long participantId, String name) {
        MyBookings theirs = lists.bookingsOf(participantId);
        return List.of(nextClasses(theirs.upcoming(), participantId, name),
                credits(theirs.credits(), participantId, name));
    }

    private static Component nextClasses(List<BookingSummary> upcoming, long participantId, String name) {
        Section card = card("glance-next-classes", "Next classes");
        if (upcoming.isEmpty()) {
            card.add(new Paragraph("No classes booked."));
        } else {
            UnorderedList list = new UnorderedList();
            upcoming.stream().limit(NEXT_CLASSES).forEach(booking -> list.add(new ListItem(
                    BookingWords.when(booking.date(), booking.start()) + ": " + booking.sessionTitle() + ", "
                            + booking.poolName() + " (" + BookingWords.state(booking.status(),
                            booking.waitlistPosition()) + ")")));
            card.add(list);
        }
        // The full list is further down this page.
        card.add(link("participant/" + participantId + "#participant-bookings-heading",
                upcoming.size() <= NEXT_CLASSES ? "All bookings" : "All " + upcoming.size() + " bookings", name));
        return card;
    }

    private static Component credits(List<CreditSummary> credits, long participantId, String name) {
        Section card = card("glance-credits", "Make-up credits");
        List<CreditSummary> open = credits.stream().filter(CreditSummary::usable).toList();
        if (open.isEmpty()) {
            card.add(new Paragraph("No open make-up credits."));
        } else {
            UnorderedList list = new UnorderedList();
            open.forEach(credit -> list.add(new ListItem("Valid until "
                    + credit.validUntil().format(ClinicFormats.DAY_SHORT_YEAR) + " (for " + credit.fromSession()
                    + ", " + credit.fromDate().format(ClinicFormats.DAY_SHORT) + ")")));
            card.add(list);
        }
        card.add(link("make-up-credits?" + MakeUpCreditsView.PARTICIPANT_PARAMETER + "=" + participantId,
                "All make-up credits", name));
        return card;
    }

    static Section card(String id, String title) {
        Section card = new Section();
        card.setId(id);
        card.addClassName("glance-card");
        H3 heading = new H3(title);
        heading.setId(id + "-heading");
        card.getElement().setAttribute("aria-labelledby", id + "-heading");
        card.add(heading);
        return card;
    }

    static Anchor link(String href, String text, String name) {
        Anchor link = new Anchor(href, text);
        // The visible words first (axe: label-content-name-mismatch).
        link.getElement().setAttribute("aria-label", text + " of " + name);
        link.addClassName("big-link");
        return link;
    }
}
