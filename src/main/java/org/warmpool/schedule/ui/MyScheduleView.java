package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.RosterService;
import org.warmpool.security.Roles;

/** An instructor's own week: their sessions, each opening its roster. */
@Route(value = "teaching", layout = MainLayout.class)
@PageTitle("My schedule | Warmpool")
@Menu(order = 2, title = "My schedule", icon = "vaadin:calendar-user")
@RolesAllowed(Roles.INSTRUCTOR)
public class MyScheduleView extends Main {


    private final transient RosterService rosters;
    private final H2 heading = new H2();
    private final Div days = new Div();
    private LocalDate monday;

    public MyScheduleView(RosterService rosters, Clock clock) {
        this.rosters = rosters;
        addClassName("schedule-view");
        monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Button previous = new Button("Previous week", VaadinIcon.ARROW_LEFT.create(), click -> show(monday.minusWeeks(1)));
        Button today = new Button("This week", click -> show(LocalDate.now(clock)));
        Button next = new Button("Next week", VaadinIcon.ARROW_RIGHT.create(), click -> show(monday.plusWeeks(1)));
        next.setIconAfterText(true);
        Div toolbar = new Div(previous, today, next);
        toolbar.addClassName("toolbar");
        days.addClassName("week");
        add(toolbar, heading, days);
        show(monday);
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
                ListItem card = new ListItem(new Span(session.start() + "-" + session.end()),
                        new Span(session.levelTitle()), new Span(session.poolName() + ", " + session.seatsTaken() + " of "
                        + session.capacity() + " places taken" + (session.cancelled() ? ", cancelled: " + session.cancelReason() : "")));
                card.addClassName("session-card");
                Button roster = new Button("Roster", click -> getUI().ifPresent(ui -> ui.navigate(RosterView.class,
                        session.id())));
                roster.setAriaLabel("Roster of " + session.levelTitle() + " at " + session.start());
                card.add(roster);
                list.add(card);
            }
            section.add(list);
            days.add(section);
        }
    }
}
