package org.warmpool.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.CalendarLink;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.RosterService;
import org.warmpool.security.Roles;

/**
 * An instructor's own week: their sessions, each opening its roster. At the top, for the phone at
 * the poolside, the class running now (or the next one today) with one tap to its check-in and pain.
 */
@Route(value = "teaching", layout = MainLayout.class)
@PageTitle("My schedule | Warmpool")
@Menu(order = 2, title = "My schedule", icon = "vaadin:calendar-user")
@RolesAllowed(Roles.INSTRUCTOR)
public class MyScheduleView extends Main {


    private final transient RosterService rosters;
    private final transient Clock clock;
    private final H2 heading = new H2();
    private final Div days = new Div();
    private LocalDate monday;

    public MyScheduleView(RosterService rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
        addClassName("schedule-view");
        addClassName("my-schedule-view");
        monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Button previous = new Button("Previous week", VaadinIcon.ARROW_LEFT.create(), click -> show(monday.minusWeeks(1)));
        Button today = new Button("This week", click -> show(LocalDate.now(clock)));
        Button next = new Button("Next week", VaadinIcon.ARROW_RIGHT.create(), click -> show(monday.plusWeeks(1)));
        next.setIconAfterText(true);
        Div toolbar = new Div(previous, today, next);
        toolbar.addClassName("toolbar");
        days.addClassName("week");
        add(nowAndNext(), toolbar, heading, days);
        show(monday);
    }

    /** "Now" or "Next today": the class with its time, pool and booked count, and two large buttons. */
    private Section nowAndNext() {
        Section card = new Section();
        card.addClassName("now-next");
        H2 title = new H2();
        title.setId("now-next-heading");
        card.getElement().setAttribute("aria-labelledby", "now-next-heading");
        card.add(title);
        Optional<ScheduledSession> found;
        try {
            found = rosters.myNowOrNext();
        } catch (RuleViolationException noProfile) {
            // The week below says why (no instructor profile yet).
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            title.setText("Today");
            card.add(new Paragraph("No more classes today."));
            return card;
        }
        ScheduledSession session = found.get();
        boolean running = !session.date().atTime(session.start()).atZone(clock.getZone()).toInstant()
                .isAfter(clock.instant());
        title.setText(running ? "Now" : "Next today");
        Span time = new Span(times(session));
        time.addClassName("now-next-time");
        Span name = new Span(session.levelTitle());
        name.addClassName("now-next-class");
        Span where = new Span(session.poolName() + ", " + session.seatsTaken() + " of " + session.capacity()
                + " booked");
        where.addClassName("now-next-where");
        Div what = new Div(time, name, where);
        what.addClassName("now-next-what");
        String of = session.levelTitle() + " at " + session.start().format(ClinicFormats.TIME);
        Button checkIn = new Button("Check in", VaadinIcon.CHECK.create(),
                click -> UI.getCurrent().navigate(RosterView.class, session.id()));
        checkIn.setAriaLabel("Check in, " + of);
        checkIn.setId("now-next-check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        // The progress feature's page, by its route name: schedule does not depend on progress.
        Button pain = new Button("Roster and pain", VaadinIcon.CHART_LINE.create(),
                click -> UI.getCurrent().navigate("pain-check-in/" + session.id()));
        pain.setAriaLabel("Roster and pain, " + of);
        pain.setId("now-next-pain");
        pain.addThemeVariants(ButtonVariant.LUMO_LARGE);
        checkIn.addClassName("big-button");
        pain.addClassName("big-button");
        Div buttons = new Div(checkIn, pain);
        buttons.addClassName("now-next-buttons");
        card.add(what, buttons);
        return card;
    }

    static String times(ScheduledSession session) {
        return session.start().format(ClinicFormats.TIME) + "-" + session.end().format(ClinicFormats.TIME);
    }

    private void show(LocalDate anyDay) {
        monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        heading.setText("Week of " + monday.format(ClinicFormats.DATE_LONG_YEAR));
        days.removeAll();
        List<ScheduledSession> mine;
        try {
            mine = rosters.myWeek(monday);
        } catch (RuleViolationException noProfile) {
            days.add(new Paragraph(noProfile.getMessage()));
            return;
        }
        if (mine.isEmpty()) {
            days.add(new Paragraph("You have no classes this week."));
            return;
        }
        for (LocalDate date = monday; date.isBefore(monday.plusWeeks(1)); date = date.plusDays(1)) {
            LocalDate day = date;
            List<ScheduledSession> onDay = mine.stream().filter(s -> s.date().equals(day)).toList();
            if (onDay.isEmpty()) {
                continue;
            }
            Div section = new Div(new H2(day.format(ClinicFormats.DAY_LONG)));
            section.addClassName("day");
            UnorderedList list = new UnorderedList();
            list.addClassName("session-list");
            for (ScheduledSession session : onDay) {
                ListItem card = new ListItem(new Span(times(session)),
                        new Span(session.levelTitle()), new Span(session.poolName() + ", " + session.seatsTaken() + " of "
                        + session.capacity() + " places taken" + (session.cancelled() ? ", cancelled: " + session.cancelReason() : "")));
                card.addClassName("session-card");
                Button roster = new Button("Roster", click -> getUI().ifPresent(ui -> ui.navigate(RosterView.class,
                        session.id())));
                roster.setAriaLabel("Roster of " + session.levelTitle() + " at " + session.start());
                card.add(roster, CalendarLink.forClass(session.id(), session.levelTitle() + " on "
                        + session.date().format(ClinicFormats.DAY_SHORT) + " at " + session.start()));
                list.add(card);
            }
            section.add(list);
            days.add(section);
        }
    }
}
