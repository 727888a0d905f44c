package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.base.ui.FormDialog;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.instructor.InstructorName;
import org.warmpool.instructor.InstructorService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.pool.ui.PoolChoice;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.schedule.StaffingService;
import org.warmpool.schedule.WeekFilter;
import org.warmpool.security.Roles;

/**
 * The week's timetable at a glance: seven day columns, Monday to Sunday, on a desktop screen; on a
 * phone one day at a time, chosen with the day buttons above it (the theme's media query decides
 * which shows; the chosen day is kept here). Filters by pool, level and instructor and a search
 * narrow the week, asked of the service in one call. A clinic of more than
 * {@value PoolChoice#ALL_POOLS_UP_TO} pools opens on one pool (the one chosen last in this browser
 * session, else the first), "All pools" still a choice; there the pool is where one looks, like the
 * week, and "Show all classes" leaves it.
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
    private final transient InstructorService instructors;
    private final transient Clock clock;
    private final DatePicker weekOf = new DatePicker("Week of");
    /**
     * A combo box, as on the reports: a chain's 50 pools go to the browser only when it is opened (a
     * select sends an element for each with the week), and typing part of a name finds one. Empty is
     * all pools, as its placeholder says.
     */
    private final ComboBox<Pool> poolFilter = new ComboBox<>("Pool");
    private final Select<ClassLevel> levelFilter = new Select<>();
    /**
     * A combo box, as on the reports: a chain's 300 instructors go to the browser only when it is
     * opened, and are read then (once), not with the week.
     */
    private final ComboBox<InstructorName> instructorFilter = new ComboBox<>("Instructor");
    private List<InstructorName> instructorNames;
    private final TextField search = new TextField("Search");
    private final Button clearFilters = new Button("Show all classes");
    /** On a phone the filters fold away behind this button, so that the day comes first. */
    private final Button filtersToggle = new Button("Filters");
    private final Div filters = new Div();
    private final Paragraph found = new Paragraph();
    private final H2 weekHeading = new H2();
    private final Div dayPicker = new Div();
    private final Div days = new Div();
    private final List<NativeButton> dayButtons = new ArrayList<>();
    private final List<Section> daySections = new ArrayList<>();
    /** The day lists shown, by class: a booking elsewhere updates its places at once (LiveUpdates). */
    private final Map<Long, SessionList> listOfClass = new HashMap<>();
    private final transient LiveUpdates.Following following;
    private LocalDate monday;
    /** The day a phone shows. */
    private LocalDate selectedDay;
    private boolean clearing;
    /** More pools than a small clinic's: the week opens on one and the pool is not a filter. */
    private final boolean manyPools;

    public ScheduleView(ScheduleService schedule, SessionChangeService changes, StaffingService staffing,
            PoolService pools, ClassLevelService levels, InstructorService instructors, Clock clock,
            ClinicSettings clinic, LiveUpdates live) {
        this.schedule = schedule;
        this.changes = changes;
        this.staffing = staffing;
        this.pools = pools;
        this.levels = levels;
        this.instructors = instructors;
        this.clock = clock.withZone(clinic.timeZone());
        addClassName("schedule-view");
        following = live.followClasses(this, this::placesChanged);

        Button previous = new Button("Previous week", VaadinIcon.ARROW_LEFT.create(),
                click -> show(monday.minusWeeks(1), selectedDay.minusWeeks(1)));
        Button thisWeek = new Button("This week", click -> show(today(), today()));
        Button next = new Button("Next week", VaadinIcon.ARROW_RIGHT.create(),
                click -> show(monday.plusWeeks(1), selectedDay.plusWeeks(1)));
        next.setIconAfterText(true);
        DateFields.clinic(weekOf);
        weekOf.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                show(change.getValue(), change.getValue());
            }
        });
        Button newSeries = new Button("New class series", VaadinIcon.PLUS.create(), click -> openSeriesForm());
        newSeries.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div toolbar = new Div(previous, thisWeek, next, weekOf, newSeries);
        toolbar.addClassName("toolbar");

        List<Pool> inUse = pools.listInUse();
        manyPools = PoolChoice.manyPools(inUse);
        poolFilter.setItems(inUse);
        poolFilter.setItemLabelGenerator(Pool::getName);
        poolFilter.setPlaceholder("All pools");
        poolFilter.setClearButtonVisible(true);
        poolFilter.setValue(PoolChoice.opening(inUse));
        levelFilter.setLabel("Level");
        levelFilter.setEmptySelectionAllowed(true);
        levelFilter.setEmptySelectionCaption("All levels");
        levelFilter.setItems(levels.listAll());
        levelFilter.setItemLabelGenerator(level -> level == null ? "All levels" : level.title());
        instructorFilter.setPlaceholder("All instructors");
        instructorFilter.setClearButtonVisible(true);
        instructorFilter.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(ClinicFormats.LOCALE);
            return instructorNames().stream()
                    .filter(name -> name.name().toLowerCase(ClinicFormats.LOCALE).contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        instructorFilter.setItemLabelGenerator(InstructorName::name);
        search.setPlaceholder("Class, pool or instructor");
        search.setMaxLength(WeekFilter.SEARCH_MAX_LENGTH);
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        poolFilter.addValueChangeListener(change -> {
            PoolChoice.remember(change.getValue());
            filtersChanged();
        });
        levelFilter.addValueChangeListener(change -> filtersChanged());
        instructorFilter.addValueChangeListener(change -> filtersChanged());
        search.addValueChangeListener(change -> filtersChanged());
        clearFilters.addClickListener(click -> {
            clearing = true;
            try {
                if (!manyPools) {
                    poolFilter.clear();
                }
                levelFilter.clear();
                instructorFilter.clear();
                search.clear();
            } finally {
                clearing = false;
            }
            showAgain();
        });
        filters.add(poolFilter, levelFilter, instructorFilter, search, clearFilters);
        filters.addClassName("toolbar");
        filters.addClassName("schedule-filters");
        filters.setId("schedule-filters");
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.getElement().setAttribute("aria-controls", "schedule-filters");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(click -> {
            boolean open = !filters.hasClassName("open");
            filters.setClassName("open", open);
            filtersToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        // Tells screen reader users how many classes the filters leave, as they change them.
        found.addClassName("schedule-found");
        found.getElement().setAttribute("aria-live", "polite");

        dayPicker.addClassName("day-picker");
        dayPicker.getElement().setAttribute("role", "group");
        dayPicker.getElement().setAttribute("aria-label", "Day to show");
        days.addClassName("week");
        add(toolbar, filtersToggle, filters, weekHeading, found, dayPicker, days);
        show(today(), today());
    }

    /** The instructors' names, read when the instructor filter first asks for them. */
    private List<InstructorName> instructorNames() {
        if (instructorNames == null) {
            instructorNames = instructors.listNames();
        }
        return instructorNames;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One question to the service for a change of filter; none while "Show all classes" clears them. */
    private void filtersChanged() {
        if (!clearing) {
            showAgain();
        }
    }

    private void showAgain() {
        show(monday, selectedDay);
    }

    /** Shows the week of {@code anyDay}; a phone shows {@code day}. */
    private void show(LocalDate anyDay, LocalDate day) {
        monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        selectedDay = day.isBefore(monday) || !day.isBefore(monday.plusWeeks(1)) ? monday : day;
        weekOf.setValue(monday);
        weekHeading.setText("Week of " + monday.format(ClinicFormats.DATE_LONG_YEAR));
        WeekFilter filter = filter();
        List<ScheduledSession> week = schedule.filteredWeek(monday, filter);
        boolean filtered = filter.levelId() != null || filter.instructorId() != null || !filter.search().isEmpty()
                || !manyPools && filter.poolId() != null;
        clearFilters.setEnabled(filtered);
        filtersToggle.setText(filtered ? "Filters (on)" : "Filters");
        found.setText(count(week.size()) + (filtered ? " match the filters this week." : " this week.")
                + (week.isEmpty() && filtered ? " Choose other filters, or show all classes." : ""));
        days.removeAll();
        listOfClass.clear();
        following.classes(week.stream().map(ScheduledSession::id).toList());
        dayPicker.removeAll();
        dayButtons.clear();
        daySections.clear();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<ScheduledSession> sessions = week.stream().filter(s -> s.date().equals(date)).toList();
            dayButtons.add(dayButton(date, sessions.size()));
            daySections.add(day(date, sessions));
        }
        dayButtons.forEach(dayPicker::add);
        daySections.forEach(days::add);
        select(selectedDay);
    }

    private WeekFilter filter() {
        return new WeekFilter(poolFilter.getValue() == null ? null : poolFilter.getValue().getId(),
                levelFilter.getValue() == null ? null : levelFilter.getValue().getId(),
                instructorFilter.getValue() == null ? null : instructorFilter.getValue().id(), search.getValue());
    }

    private static String count(int classes) {
        return classes == 0 ? "No classes" : classes == 1 ? "1 class" : classes + " classes";
    }

    /** A phone's button for one day: "Mon 7", pressed while its day shows. */
    private NativeButton dayButton(LocalDate date, int classes) {
        NativeButton button = new NativeButton();
        // Two lines of plain HTML (the button's whole content, as on the cards): fewer nodes to send.
        button.getElement().setProperty("innerHTML", "<span>"
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, ClinicFormats.LOCALE) + "</span> <span>"
                + date.getDayOfMonth() + "</span>");
        button.addClassName("day-button");
        button.getElement().setAttribute("title", date.format(ClinicFormats.DAY_LONG) + ": " + count(classes));
        if (date.equals(today())) {
            button.addClassName("today");
        }
        button.addClickListener(click -> select(date));
        return button;
    }

    /** Shows {@code date} on a phone: its button pressed, its column the one shown. */
    private void select(LocalDate date) {
        selectedDay = date;
        for (int i = 0; i < 7; i++) {
            boolean chosen = monday.plusDays(i).equals(date);
            dayButtons.get(i).getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            daySections.get(i).setClassName("selected", chosen);
        }
    }

    /** One day's column: a region named by its heading ("Monday 7 December"), its classes as a list. */
    private Section day(LocalDate date, List<ScheduledSession> sessions) {
        Section section = new Section();
        section.addClassName("day");
        H3 heading = new H3(date.format(ClinicFormats.DAY_LONG));
        heading.addClassName("day-heading");
        heading.setId("day-" + date);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (date.equals(today())) {
            section.addClassName("today");
            heading.getElement().setAttribute("aria-current", "date");
        }
        section.add(heading);
        if (sessions.isEmpty()) {
            section.add(new Paragraph("No classes"));
        } else {
            SessionList list = new SessionList(sessions, this::openSession);
            sessions.forEach(s -> listOfClass.put(s.id(), list));
            section.add(list);
        }
        return section;
    }

    /** Someone booked or cancelled a place on a class shown: its places are read again. */
    private void placesChanged(long sessionId) {
        SessionList list = listOfClass.get(sessionId);
        if (list != null) {
            list.showAgain(schedule.get(sessionId));
        }
    }

    private void openSession(long sessionId) {
        new SessionDialog(schedule, changes, staffing, pools.listInUse(), schedule.get(sessionId), clock,
                this::showAgain).open();
    }

    private void openSeriesForm() {
        LocalDate today = today();
        SeriesForm form = new SeriesForm(levels.listAll(), pools.listInUse(), today);
        SeriesDraft draft = new SeriesDraft();
        draft.setFirstDate(monday.isBefore(today) ? today : monday);
        new FormDialog<>("New class series", form, form.binder, draft, filled -> {
            filled.setSkippedDates(form.skippedDates());
            int count = schedule.createSeries(filled);
            Notifications.success("Created " + count + " sessions.");
            if (poolFilter.getValue() != null && !poolFilter.getValue().equals(filled.getPool())) {
                // One pool is shown, not the new series': show its pool, where the new classes are.
                poolFilter.getListDataView().getItems().filter(pool -> pool.equals(filled.getPool())).findFirst()
                        .ifPresent(pool -> {
                            clearing = true;
                            try {
                                poolFilter.setValue(pool);
                            } finally {
                                clearing = false;
                            }
                        });
            }
            show(filled.getFirstDate(), filled.getFirstDate());
        }).open();
    }
}
