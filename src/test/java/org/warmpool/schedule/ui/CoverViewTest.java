package org.warmpool.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

/**
 * The cover list shows every session of the clinic that needs cover in the next four weeks, other
 * tests' sessions too: each test looks only at the rows of its own pool.
 */
class CoverViewTest extends KaribuTest {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter RULE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    private ScheduleTestData data;
    @Autowired
    private InstructorTestData staff;
    @Autowired
    private InstructorService instructors;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private StaffingService staffing;

    @BeforeEach
    void logInAsAdministrator() {
        login("admin@warmpool.example", Role.ADMIN);
    }

    @Test
    void aSessionWithoutAnInstructorIsListedAndOneClickAssignsASubstitute() {
        Pool pool = data.warmPool();
        Pool otherPool = data.warmPool();
        // Two to three weeks ahead: inside the four weeks the list covers.
        LocalDate monday = data.mondayInWeeks(2);
        LocalDate tuesday = monday.plusDays(1);
        schedule.createSeries(data.once(data.level(2), pool, tuesday, "09:00"));
        // The substitute already teaches level 2 that week, so the list offers them first.
        Instructor sam = staff.qualified("Sam Substitute");
        schedule.createSeries(data.once(data.level(2), otherPool, monday.plusDays(3), "09:00"));
        staffing.assign(onlySessionOf(otherPool, monday.plusDays(3)).id(), sam.getId());

        navigate("cover");

        ListItem row = onlyRowOf(pool);
        assertThat(textOf(row)).contains(tuesday.format(SHORT_DAY) + " 09:00-09:45, Level 2 Stretch & Strengthen, "
                + pool.getName(), "No instructor assigned");
        assertThat(rowsOf(otherPool)).isEmpty();

        _click(_get(row, Button.class, spec -> spec.withText("Assign " + sam.getName())));

        assertThat(notificationTexts()).anyMatch(text -> text.contains(sam.getName() + " assigned."));
        assertThat(rowsOf(pool)).isEmpty();
        assertThat(onlySessionOf(pool, tuesday).instructorName()).isEqualTo(sam.getName());
    }

    @Test
    void aSessionWhoseInstructorGoesOnLeaveIsListedWithTheLeave() {
        Pool pool = data.warmPool();
        LocalDate wednesday = data.mondayInWeeks(1).plusDays(2);
        schedule.createSeries(data.once(data.level(3), pool, wednesday, "15:00"));
        Instructor lee = staff.qualified("Lee Leave");
        staffing.assign(onlySessionOf(pool, wednesday).id(), lee.getId());

        navigate("cover");
        assertThat(rowsOf(pool)).as("a session whose instructor can teach it").isEmpty();

        instructors.addLeave(lee.getId(), wednesday.minusDays(2), wednesday.plusDays(2), "Knee surgery");
        navigate("schedule");
        navigate("cover");

        ListItem row = onlyRowOf(pool);
        assertThat(textOf(row)).contains(wednesday.format(SHORT_DAY) + " 15:00-16:00, Level 3 Aqua Conditioning, "
                + pool.getName(), lee.getName() + " is on leave (Knee surgery) from "
                + wednesday.minusDays(2).format(RULE_DAY) + " to " + wednesday.plusDays(2).format(RULE_DAY))
                .doesNotContain("No instructor assigned");
        _assertNone(row, Button.class, spec -> spec.withText("Assign " + lee.getName()));
    }

    private ScheduledSession onlySessionOf(Pool pool, LocalDate date) {
        List<ScheduledSession> sessions = schedule.week(date, pool.getId());
        assertThat(sessions).hasSize(1);
        return sessions.get(0);
    }

    private static List<ListItem> rowsOf(Pool pool) {
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("cover-needed"));
        return _find(list, ListItem.class, spec -> spec.withClasses("session-card")).stream()
                .filter(row -> textOf(row).contains(", " + pool.getName())).toList();
    }

    private static ListItem onlyRowOf(Pool pool) {
        List<ListItem> rows = rowsOf(pool);
        assertThat(rows).as("rows of %s under cover needed", pool.getName()).hasSize(1);
        return rows.get(0);
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
