package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.PrintedRosters;
import org.warmpool.booking.Waitlist;
import org.warmpool.booking.ui.PrintLinks;
import org.warmpool.booking.WaitlistService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

@Route(value = "desk", layout = MainLayout.class)
@PageTitle("Front desk | Warmpool")
@Menu(order = 1, title = "Front desk", icon = "vaadin:desktop")
@RolesAllowed(Roles.FRONT_DESK)
public class FrontDeskHomeView extends Main {

    public FrontDeskHomeView(CurrentUser currentUser, ScheduleService schedule, WaitlistService waitlists,
            PrintedRosters printed, Clock clock) {
        addClassName("home-view");
        LocalDate today = LocalDate.now(clock);
        add(new Paragraph("Welcome, " + currentUser.displayName() + ". Today is "
                + today.format(ClinicFormats.DAY_LONG_YEAR) + "."));
        // Someone at the desk who is new: register, screen and book them on one page.
        Anchor walkIn = new Anchor("walk-in", "Register a walk-in");
        walkIn.setId("register-walk-in");
        add(new Paragraph(walkIn));
        showPlacesToGiveByHand(waitlists.placesToGiveByHand(), clock);
        // Who has a make-up credit and when it expires (the booking feature's page, by its route name).
        Anchor credits = new Anchor("make-up-credits", "Make-up credits and when they expire");
        credits.setId("make-up-credits-link");
        add(new Paragraph(credits));
        add(new H2("Today's classes"));
        List<ScheduledSession> todays = schedule.week(today, null).stream()
                .filter(session -> session.date().equals(today)).toList();
        if (todays.isEmpty()) {
            add(new Paragraph("No classes today."));
            return;
        }
        // For the day the poolside cannot reach the app: every class of today with its roster, on paper.
        add(new Paragraph(PrintLinks.daySheet(printed, today)));
        UnorderedList list = new UnorderedList();
        list.setId("todays-classes");
        for (ScheduledSession session : todays) {
            String text = session.start() + "-" + session.end() + " " + session.levelTitle() + ", "
                    + session.poolName() + ", " + session.seatsTaken() + " of " + session.capacity() + " places taken"
                    + (session.cancelled() ? " (cancelled: " + session.cancelReason() + ")" : "");
            list.add(todaysClass(session, text, printed));
        }
        add(list);
    }

    /** A class of today with links to its check-in (unless cancelled) and its roster, named after the class. */
    private static ListItem todaysClass(ScheduledSession session, String text, PrintedRosters printed) {
        String which = session.levelTitle() + " at " + session.start().format(ClinicFormats.TIME) + " in "
                + session.poolName();
        Div links = new Div();
        links.addClassName("today-class-links");
        if (!session.cancelled()) {
            // By route name: the check-in page belongs to the booking feature.
            Anchor checkIn = new Anchor("check-in?class=" + session.id(), "Check-in");
            checkIn.setAriaLabel("Check-in for " + which);
            checkIn.addClassName("big-link");
            links.add(checkIn);
        }
        Anchor roster = new Anchor("roster/" + session.id(), "Roster");
        roster.setAriaLabel("Roster for " + which);
        roster.addClassName("big-link");
        links.add(roster);
        if (!session.cancelled()) {
            links.add(PrintLinks.roster(printed, session.id(), session.date(), session.start(), which));
        }
        ListItem item = new ListItem(new Span(text), links);
        item.addClassName("today-class");
        return item;
    }

    /** After the cut-off a freed place waits for the desk: say so first, with the way to the list. */
    private void showPlacesToGiveByHand(List<Waitlist> waiting, Clock clock) {
        if (waiting.isEmpty()) {
            return;
        }
        Section section = new Section();
        section.setId("places-to-give");
        section.addClassName("banner");
        section.add(new H2("A place is free: promote by hand"));
        for (Waitlist list : waiting) {
            String text = list.startsAt().atZone(clock.getZone()).format(ClinicFormats.DAY_SHORT_TIME) + " "
                    + list.sessionTitle() + ": "
                    + list.seatsFree() + (list.seatsFree() == 1 ? " place" : " places") + " free, "
                    + list.entries().size() + " waiting";
            Button open = new Button("Open the waitlist",
                    click -> UI.getCurrent().navigate("waitlist/" + list.sessionId()));
            open.setAriaLabel("Open the waitlist: " + text);
            section.add(new Paragraph(text), open);
        }
        add(section);
    }
}
