package org.warmpool.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.BookingListService;
import org.warmpool.booking.CancellationService;
import org.warmpool.booking.CreditSummary;
import org.warmpool.booking.MyBookings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.Roles;

/** A participant's classes: coming up (with cancel), cancelled ones still ahead, past, and their make-up credits. */
@Route(value = "my-bookings", layout = MainLayout.class)
@PageTitle("My bookings | Warmpool")
@Menu(order = 3.6, title = "My bookings", icon = "vaadin:calendar-user")
@RolesAllowed(Roles.PARTICIPANT)
public class MyBookingsView extends Main {

    private final transient BookingListService lists;
    private final transient CancellationService cancellations;
    private final transient ProgrammeSettingsService programme;

    public MyBookingsView(BookingListService lists, CancellationService cancellations,
            ProgrammeSettingsService programme) {
        this.lists = lists;
        this.cancellations = cancellations;
        this.programme = programme;
        addClassName("home-view");
        show();
    }

    private void show() {
        removeAll();
        MyBookings mine;
        try {
            mine = lists.myBookings();
        } catch (RuleViolationException noRecord) {
            add(new Paragraph(noRecord.getMessage()));
            return;
        }
        BookingCards cards = new BookingCards(cancellations, programme.current().getLateCancelHours(), null,
                this::show);

        add(new H2("Coming up"));
        if (mine.upcoming().isEmpty()) {
            add(new Paragraph("You have no classes booked."), new Anchor("classes", "See the classes that suit you"));
        } else {
            add(cards.list("upcoming", mine.upcoming()));
        }

        if (!mine.cancelled().isEmpty()) {
            add(new H2("Cancelled"));
            add(cards.list("cancelled", mine.cancelled()));
        }

        if (!mine.credits().isEmpty()) {
            add(new H2("Make-up credits"), new Paragraph("When the clinic cancels a class you booked, you get a "
                    + "make-up credit: it books one place in any class that suits you."));
            UnorderedList credits = new UnorderedList();
            credits.setId("credits");
            mine.credits().forEach(credit -> credits.add(new ListItem(describe(credit))));
            add(credits);
        }

        add(new H2("Past classes"));
        if (mine.past().isEmpty()) {
            add(new Paragraph("No past classes yet."));
        } else {
            add(cards.list("past", mine.past()));
        }
    }

    private static String describe(CreditSummary credit) {
        String from = "For " + credit.fromSession() + " on " + credit.fromDate().format(ClinicFormats.DAY_SHORT) + ": ";
        if (credit.used()) {
            return from + "used.";
        }
        if (credit.expired()) {
            return from + "expired on " + credit.validUntil().format(ClinicFormats.DAY_SHORT) + ".";
        }
        return from + "valid until " + credit.validUntil().format(ClinicFormats.DAY_SHORT)
                + ". Use it with \"Book with make-up credit\" on a recommended class.";
    }
}
