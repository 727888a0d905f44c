package org.warmpool.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.LiveUpdates;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceRow;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.CheckInSession;
import org.warmpool.booking.PrintedRosters;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.pool.ui.PoolChoice;
import org.warmpool.security.Roles;

/**
 * The front desk checks people in for the classes starting around now: one large button per
 * person, "Did not come" for a no-show, and either can be put right by pressing the other.
 * {@code check-in?class=42} shows that one class, whenever it is (the front desk's start page
 * links today's classes here). A check-in marked elsewhere (another desk, the instructor's roster)
 * or a new booking shows at once: the view follows the classes it shows ({@link LiveUpdates}).
 * The classes around now are one pool's, chosen above them ("All pools" too); the list opens on
 * the pool chosen last in this browser session, else as {@link PoolChoice} says (every pool in a
 * small clinic, the first pool in a chain).
 */
@Route(value = "check-in", layout = MainLayout.class)
@PageTitle("Check-in | Warmpool")
@Menu(order = 1.5, title = "Check-in", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class CheckInView extends Main implements BeforeEnterObserver {

    /** The query parameter that names one class: {@code check-in?class=42}. */
    public static final String CLASS_PARAMETER = "class";


    private final transient AttendanceService attendance;
    private final transient BookingService bookings;
    private final transient ParticipantRecordService records;
    private final transient PrintedRosters printed;
    private final Div classes = new Div();
    /** Tells screen reader users what changed, since the list is drawn again after each press. */
    private final Div announcer = new Div();
    /** Each person's first button, so that focus can return to their row after the list is redrawn. */
    private final Map<Long, Button> firstButtons = new HashMap<>();
    /** Each class shown, by id: its section and what it was drawn from, to redraw it alone when it changes. */
    private final Map<Long, Shown> shown = new HashMap<>();
    private final transient LiveUpdates.Following following;
    private final Paragraph what = new Paragraph();
    private final Anchor allClasses = new Anchor("check-in", "All classes around now");
    /** A combo box, not a select: a chain's 50 pools are found by typing, and are sent only when opened. */
    private final ComboBox<Pool> pool = new ComboBox<>("Pool");
    /** The one class shown, or null for the classes around now. */
    private Long onlyClass;

    private record Shown(Section section, CheckInSession session, List<AttendanceRow> rows) {
    }

    public CheckInView(AttendanceService attendance, BookingService bookings, ParticipantRecordService records,
            PrintedRosters printed, PoolService pools, Clock clock, LiveUpdates live) {
        this.attendance = attendance;
        this.bookings = bookings;
        this.records = records;
        this.printed = printed;
        addClassName("check-in-view");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        Button refresh = new Button("Refresh the list", VaadinIcon.REFRESH.create(), click -> show());
        allClasses.addClassName("big-link");
        List<Pool> inUse = pools.listInUse();
        pool.setItems(inUse);
        pool.setItemLabelGenerator(Pool::getName);
        pool.setPlaceholder("All pools");
        pool.setClearButtonVisible(true);
        pool.setValue(PoolChoice.opening(inUse));
        pool.addValueChangeListener(change -> {
            PoolChoice.remember(change.getValue());
            show();
        });
        // For the day the poolside cannot reach the app: today's classes on paper.
        Div toolbar = new Div(what, pool, refresh, allClasses, PrintLinks.daySheet(printed, LocalDate.now(clock)));
        toolbar.addClassName("toolbar");
        classes.addClassName("check-in-classes");
        add(announcer, toolbar, classes);
        following = live.followClasses(this, this::changed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        onlyClass = event.getLocation().getQueryParameters().getSingleParameter(CLASS_PARAMETER)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        what.setText(onlyClass == null
                ? "Classes that start in the next three hours or started in the last hour and a half."
                : "Check-in for one class.");
        allClasses.setVisible(onlyClass != null);
        pool.setVisible(onlyClass == null);
        show();
    }

    void show() {
        classes.removeAll();
        firstButtons.clear();
        shown.clear();
        Pool chosen = pool.getValue();
        List<CheckInSession> sessions = onlyClass == null
                ? attendance.sessionsForCheckIn(chosen == null ? null : chosen.getId())
                : List.of(attendance.sessionForCheckIn(onlyClass));
        following.classes(sessions.stream().map(CheckInSession::sessionId).toList());
        if (sessions.isEmpty()) {
            classes.add(new Paragraph(chosen == null ? "No classes start around now."
                    : "No classes start around now in " + chosen.getName() + ". Choose another pool above, "
                    + "or All pools."));
            return;
        }
        // Every class's people in one question, however many classes start around now.
        Map<Long, List<AttendanceRow>> sheets = attendance.sheets(sessions.stream().map(CheckInSession::sessionId)
                .toList());
        sessions.forEach(session -> classes.add(section(session, sheets.get(session.sessionId()))));
    }

    /**
     * Someone changed a class shown here (a check-in, a booking, a cancellation): reads that class
     * again and redraws its section, unless nothing shown changed (this page's own press, already
     * drawn), so that keyboard focus stays where it is.
     */
    private void changed(long sessionId) {
        Shown before = shown.get(sessionId);
        if (before == null) {
            return;
        }
        Section fresh;
        try {
            CheckInSession session = attendance.sessionForCheckIn(sessionId);
            List<AttendanceRow> rows = attendance.sheet(sessionId);
            if (session.equals(before.session()) && rows.equals(before.rows())) {
                return;
            }
            firstButtons.values().removeIf(button -> inside(button, before.section()));
            fresh = section(session, rows);
        } catch (RuleViolationException cancelled) {
            shown.remove(sessionId);
            fresh = new Section(new Paragraph(cancelled.getMessage()));
            fresh.addClassName("check-in-class");
        }
        classes.replace(before.section(), fresh);
    }

    private static boolean inside(Component component, Component ancestor) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Section section(CheckInSession session, List<AttendanceRow> rows) {
        Section section = new Section();
        section.addClassName("check-in-class");
        H2 heading = new H2(session.start() + " " + session.title());
        heading.setId("class-" + session.sessionId());
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph where = new Paragraph(session.poolName() + ", " + session.date().format(ClinicFormats.DAY_LONG));
        // A div, not a paragraph: in bold on its own line, a paragraph reads as a heading that is not one
        // (axe: p-as-heading).
        Div count = new Div(session.booked() == 0 ? "Nobody has booked this class yet"
                : session.arrived() + " of " + session.booked() + " arrived");
        count.addClassName("arrived-count");
        UnorderedList people = new UnorderedList();
        people.addClassName("check-in-list");
        boolean open = session.opening().open();
        for (AttendanceRow row : rows) {
            people.add(person(row, open));
        }
        Button walkIn = new Button("Add a walk-in to this class", VaadinIcon.PLUS.create(),
                click -> new WalkInDialog(bookings, records, session, this::bookedWalkIn).open());
        // The progress feature's page, by its route name: booking does not depend on progress.
        Button pain = new Button("Pain before and after", VaadinIcon.CHART_LINE.create(),
                click -> UI.getCurrent().navigate("pain-check-in/" + session.sessionId()));
        pain.setAriaLabel("Pain before and after for " + session.start() + " " + session.title());
        Button water = new Button("Water temperature", VaadinIcon.DROP.create(),
                click -> UI.getCurrent().navigate(WaterTemperatureView.class, session.poolId()));
        water.setAriaLabel("Water temperature of " + session.poolName());
        section.add(heading, where, count);
        if (!open) {
            Paragraph opens = new Paragraph("Check-in opens " + session.opening().when() + ".");
            opens.addClassName("check-in-opens");
            opens.setId("opens-" + session.sessionId());
            section.add(opens);
        }
        section.add(people, walkIn, pain, water, PrintLinks.roster(printed, session.sessionId(), session.date(),
                session.start(), session.start() + " " + session.title()));
        shown.put(session.sessionId(), new Shown(section, session, rows));
        return section;
    }

    /** One person's row; before check-in opens ({@code open} false) their buttons are shown but disabled. */
    private ListItem person(AttendanceRow row, boolean open) {
        String name = row.participantName();
        ListItem item = new ListItem();
        item.addClassName("check-in-row");
        if (row.attendance() != null) {
            Span who = new Span(name);
            who.addClassName("check-in-name");
            Span status = new Span(row.attendance() == Attendance.ATTENDED ? "Arrived" : "Did not come");
            status.getElement().getThemeList().add(row.attendance() == Attendance.ATTENDED ? "badge success"
                    : "badge contrast");
            status.addClassName("check-in-status");
            item.add(who, status);
        }
        if (row.attendance() != Attendance.ATTENDED) {
            Button checkIn = new Button("Check in " + name, VaadinIcon.CHECK.create(),
                    click -> mark(row, Attendance.ATTENDED, name + " has arrived."));
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            checkIn.addClassName("big-button");
            checkIn.setEnabled(open);
            item.add(checkIn);
            firstButtons.putIfAbsent(row.bookingId(), checkIn);
        }
        if (row.attendance() != Attendance.NO_SHOW) {
            Button notCame = new Button("Did not come",
                    click -> mark(row, Attendance.NO_SHOW, name + " is marked as did not come."));
            notCame.setAriaLabel(name + " did not come");
            notCame.addClassName("big-button");
            notCame.setEnabled(open);
            item.add(notCame);
            firstButtons.putIfAbsent(row.bookingId(), notCame);
        }
        return item;
    }

    private void mark(AttendanceRow row, Attendance value, String done) {
        attendance.mark(row.bookingId(), value);
        show();
        announcer.setText(done);
        Button again = firstButtons.get(row.bookingId());
        if (again != null) {
            again.focus();
        }
    }

    private void bookedWalkIn(String name) {
        show();
        announcer.setText(name + " has a place. Check them in when they are ready.");
    }
}
