package org.warmpool.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.ui.ForbiddenView;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

class MyScheduleAndRosterTest extends KaribuTest {

    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter WEEK_HEADING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    private ScheduleTestData data;
    @Autowired
    private InstructorTestData staff;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private Clock clock;

    private Pool pool;
    /** A week from today: always in next week, and in the future. */
    private LocalDate date;
    private ScheduledSession session;

    @BeforeEach
    void aLevel2SessionInItsOwnPoolNextWeek() {
        login("admin@warmpool.example", Role.ADMIN);
        pool = data.warmPool();
        date = LocalDate.now(clock).plusWeeks(1);
        schedule.createSeries(data.once(data.level(2), pool, date, "09:00"));
        List<ScheduledSession> created = schedule.week(date, pool.getId());
        assertThat(created).hasSize(1);
        session = created.get(0);
    }

    @Test
    void anInstructorFindsTheirSessionNextWeekAndOpensItsRoster() {
        Instructor mia = staff.qualified("Mia Mine");
        staffing.assign(session.id(), mia.getId());
        logInAs(mia);

        navigate("teaching");

        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        _get(H2.class, spec -> spec.withText("Week of " + thisMonday.format(WEEK_HEADING)));
        _get(Paragraph.class, spec -> spec.withText("You have no classes this week."));

        _click(_get(Button.class, spec -> spec.withText("Next week")));

        _get(H2.class, spec -> spec.withText("Week of " + thisMonday.plusWeeks(1).format(WEEK_HEADING)));
        Component day = _get(H2.class, spec -> spec.withText(date.format(DAY_HEADING))).getParent().orElseThrow();
        List<ListItem> cards = _find(day, ListItem.class, spec -> spec.withClasses("session-card"));
        assertThat(cards).singleElement().satisfies(card -> assertThat(card.getElement().getTextRecursively())
                .contains("09:00-09:45", "Level 2 Stretch & Strengthen",
                        pool.getName() + ", 0 of " + session.capacity() + " places taken"));

        _click(_get(cards.get(0), Button.class, spec -> spec.withText("Roster")));

        _get(RosterView.class);
        _get(H2.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + date.format(DAY_HEADING) + " 09:00-09:45"));
        _get(Paragraph.class, spec -> spec.withText(pool.getName() + ", 0 of " + session.capacity() + " places taken"));
        _get(Paragraph.class, spec -> spec.withText("No one has booked this session yet."));
    }

    @Test
    void anInstructorCannotOpenTheRosterOfASessionAnotherInstructorTeaches() {
        Instructor olly = staff.qualified("Olly Other");
        staffing.assign(session.id(), olly.getId());
        Instructor mo = staff.qualified("Mo Mine");
        logInAs(mo);

        navigate("roster/" + session.id());

        _get(ForbiddenView.class);
        _get(H1.class, spec -> spec.withText("Page not available"));
        _get(Paragraph.class, spec -> spec.withText("This page does not exist, or your account may not open it."));
        _assertNone(H2.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + date.format(DAY_HEADING) + " 09:00-09:45"));
        _assertNone(Paragraph.class, spec -> spec.withText(pool.getName() + ", 0 of " + session.capacity() + " places taken"));
        _assertNone(Paragraph.class, spec -> spec.withText("No one has booked this session yet."));
    }

    @Test
    void theFrontDeskOpensTheRosterOfAnySession() {
        Instructor olly = staff.qualified("Olly Other");
        staffing.assign(session.id(), olly.getId());
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("roster/" + session.id());

        _get(H2.class, spec -> spec.withText("Level 2 Stretch & Strengthen, "
                + date.format(DAY_HEADING) + " 09:00-09:45"));
        _get(Paragraph.class, spec -> spec.withText(pool.getName() + ", 0 of " + session.capacity() + " places taken"));
        _get(Paragraph.class, spec -> spec.withText("No one has booked this session yet."));
        _assertNone(H1.class, spec -> spec.withText("Page not available"));
    }

    /** Logs in with the instructor's own e-mail, as they would on the login form. */
    private void logInAs(Instructor instructor) {
        login(instructor.getUser().getId(), instructor.getEmail(), instructor.getName(), Role.INSTRUCTOR);
    }
}
