package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
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
import org.warmpool.base.ui.FormDialog;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevelService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Roles;

/**
 * The week's timetable, for all pools or one. Seven day columns on a wide screen, a list per day
 * on a phone.
 */
@Route(value = "schedule", layout = MainLayout.class)
@PageTitle("Schedule | Warmpool")
@Menu(order = 5, title = "Schedule", icon = "vaadin:calendar")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
public class ScheduleView extends Main {


    private final transient ScheduleService schedule;
    private final transient SessionChangeService changes;
    private final transient StaffingService staffing;
    private final transient PoolService pools;
    private final transient ClassLevelService levels;
    private final transient Clock clock;
    private final DatePicker weekOf = new DatePicker("Week of");
    private final Select<Pool> poolFilter = new Select<>();
    private final H2 weekHeading = new H2();
    private final Div days = new Div();
    private LocalDate monday;

    public ScheduleView(ScheduleService schedule, SessionChangeService changes, StaffingService staffing,
            PoolService pools, ClassLevelService levels, Clock clock) {
        this.schedule = schedule;
        this.changes = changes;
        this.staffing = staffing;
        this.pools = pools;
        this.levels = levels;
        this.clock = clock;
        addClassName("schedule-view");
        monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        Button previous = new Button("Previous week", VaadinIcon.ARROW_LEFT.create(), click -> show(monday.minusWeeks(1)));
        Button today = new Button("Today", click -> show(LocalDate.now(clock)));
        Button next = new Button("Next week", VaadinIcon.ARROW_RIGHT.create(), click -> show(monday.plusWeeks(1)));
        next.setIconAfterText(true);
        weekOf.setLocale(ClinicFormats.LOCALE);
        weekOf.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue());
            }
        });
        poolFilter.setLabel("Pool");
        poolFilter.setEmptySelectionAllowed(true);
        poolFilter.setEmptySelectionCaption("All pools");
        poolFilter.setItems(pools.listInUse());
        poolFilter.setItemLabelGenerator(pool -> pool == null ? "All pools" : pool.getName());
        poolFilter.addValueChangeListener(change -> show(monday));
        Button newSeries = new Button("New class series", VaadinIcon.PLUS.create(), click -> openSeriesForm());
        newSeries.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div toolbar = new Div(previous, today, next, weekOf, poolFilter, newSeries);
        toolbar.addClassName("toolbar");
        days.addClassName("week");
        add(toolbar, weekHeading, days);
        show(LocalDate.now(clock));
    }

    void show(LocalDate anyDay) {
        monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weekOf.setValue(monday);
        weekHeading.setText("Week of " + monday.format(ClinicFormats.DATE_LONG_YEAR));
        Pool pool = poolFilter.getValue();
        List<ScheduledSession> week = schedule.week(monday, pool == null ? null : pool.getId());
        days.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(day(date, week.stream().filter(s -> s.date().equals(date)).toList()));
        }
    }

    private Section day(LocalDate date, List<ScheduledSession> sessions) {
        Section section = new Section();
        section.addClassName("day");
        if (date.equals(LocalDate.now(clock))) {
            section.addClassName("today");
        }
        H2 heading = new H2(date.format(ClinicFormats.DAY_LONG));
        heading.addClassName("day-heading");
        section.add(heading);
        if (sessions.isEmpty()) {
            section.add(new Paragraph("No classes"));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("session-list");
            sessions.forEach(s -> list.add(new SessionCard(s, () -> openSession(s.id()))));
            section.add(list);
        }
        return section;
    }

    private void openSession(long sessionId) {
        new SessionDialog(schedule, changes, staffing, pools.listInUse(), schedule.get(sessionId), clock,
                () -> show(monday)).open();
    }

    private void openSeriesForm() {
        LocalDate today = LocalDate.now(clock);
        SeriesForm form = new SeriesForm(levels.listAll(), pools.listInUse(), today);
        SeriesDraft draft = new SeriesDraft();
        draft.setFirstDate(monday.isBefore(today) ? today : monday);
        new FormDialog<>("New class series", form, form.binder, draft, filled -> {
            filled.setSkippedDates(form.skippedDates());
            int count = schedule.createSeries(filled);
            Notifications.success("Created " + count + " sessions.");
            show(filled.getFirstDate());
        }).open();
    }
}
