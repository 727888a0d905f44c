package org.warmpool.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.CertificationType;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Role;

class StaffingDialogTest extends KaribuTest {

    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    /** How the rules write a date: "3 March 2031". */
    private static final DateTimeFormatter RULE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** How the notification after assigning onwards names a date: "Thu 6 Mar". */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

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

    @BeforeEach
    void logInAsAdministrator() {
        login("admin@warmpool.example", Role.ADMIN);
    }

    @Test
    void theDialogListsWhoCanTeachAndWhyTheOthersCannotAndAssignsWithOneClick() {
        Pool pool = data.warmPool();
        LocalDate tuesday = data.mondayInWeeks(6).plusDays(1);
        schedule.createSeries(data.once(data.level(1), pool, tuesday, "10:00"));
        Instructor able = staff.qualified("Ann Able");
        Instructor noTherapy = staff.available("Nat Notherapy");
        staff.certify(noTherapy, CertificationType.CPR_FIRST_AID, LocalDate.now(clock).plusYears(3));
        staff.certify(noTherapy, CertificationType.WATER_RESCUE, LocalDate.now(clock).plusYears(3));
        Instructor lapsing = staff.available("Eve Lapsing");
        LocalDate rescueExpires = tuesday.minusDays(1);
        staff.certify(lapsing, CertificationType.CPR_FIRST_AID, LocalDate.now(clock).plusYears(3));
        staff.certify(lapsing, CertificationType.AQUATIC_THERAPY, LocalDate.now(clock).plusYears(3));
        staff.certify(lapsing, CertificationType.WATER_RESCUE, rescueExpires);

        StaffingDialog dialog = openStaffingDialog(pool, tuesday);

        assertThat(dialog.getHeaderTitle()).isEqualTo("Instructor for Level 1 Gentle Mobility, "
                + tuesday.format(ClinicFormats.DAY_LONG) + ", 10:00");
        _get(dialog, Paragraph.class, spec -> spec.withText("No instructor is assigned."));
        assertThat(entryOf(dialog, "Can teach this session", able))
                .isEqualTo(able.getName() + ": 0 h already booked that week.");
        assertThat(entryOf(dialog, "Cannot teach it", noTherapy)).isEqualTo(noTherapy.getName()
                + ": level 1 needs an aquatic-therapy certificate or a physiotherapy licence valid on "
                + tuesday.format(RULE_DAY) + ", which " + noTherapy.getName() + " does not have.");
        assertThat(entryOf(dialog, "Cannot teach it", lapsing)).isEqualTo(lapsing.getName() + ": "
                + lapsing.getName() + "'s water rescue (lifeguard) certificate expires on "
                + rescueExpires.format(RULE_DAY) + ", before this session.");
        assertThat(namesUnder(dialog, "Can teach this session")).doesNotContain(noTherapy.getName(), lapsing.getName());
        _assertNone(dialog, Button.class, spec -> spec.withText("Assign " + noTherapy.getName()));
        _assertNone(dialog, Button.class, spec -> spec.withText("Assign " + lapsing.getName()));

        _click(_get(dialog, Button.class, spec -> spec.withText("Assign " + able.getName())));

        _assertNone(StaffingDialog.class);
        assertThat(notificationTexts()).anyMatch(text -> text.contains(able.getName() + " assigned."));
        assertThat(textOf(cardOf(pool, tuesday))).contains("With " + able.getName()).doesNotContain("No instructor yet");
        assertThat(onlySessionOf(pool, tuesday).instructorName()).isEqualTo(able.getName());
    }

    @Test
    void anInstructorTeachingAnOverlappingClassInAnotherPoolCannotBeChosen() {
        Pool pool = data.warmPool();
        Pool otherPool = data.warmPool();
        LocalDate wednesday = data.mondayInWeeks(6).plusDays(2);
        schedule.createSeries(data.once(data.level(2), pool, wednesday, "14:00"));
        // Level 3 takes an hour: 14:30-15:30 overlaps 14:00-14:45.
        schedule.createSeries(data.once(data.level(3), otherPool, wednesday, "14:30"));
        Instructor busy = staff.qualified("Bea Busy");
        staffing.assign(onlySessionOf(otherPool, wednesday).id(), busy.getId());
        Instructor free = staff.qualified("Fay Free");

        StaffingDialog dialog = openStaffingDialog(pool, wednesday);

        assertThat(entryOf(dialog, "Cannot teach it", busy))
                .isEqualTo(busy.getName() + ": " + busy.getName() + " teaches another class at that time.");
        _assertNone(dialog, Button.class, spec -> spec.withText("Assign " + busy.getName()));
        assertThat(entryOf(dialog, "Can teach this session", free)).startsWith(free.getName() + ": 0 h already");
        _get(dialog, Button.class, spec -> spec.withText("Assign " + free.getName()));
    }

    @Test
    void anInstructorWhoWasBookedElsewhereWhileTheDialogWasOpenIsRefusedWithTheClash() {
        Pool pool = data.warmPool();
        Pool otherPool = data.warmPool();
        LocalDate friday = data.mondayInWeeks(7).plusDays(4);
        schedule.createSeries(data.once(data.level(2), pool, friday, "10:00"));
        schedule.createSeries(data.once(data.level(3), otherPool, friday, "10:30"));
        Instructor dee = staff.qualified("Dee Double");

        StaffingDialog dialog = openStaffingDialog(pool, friday);
        entryItemOf(dialog, "Can teach this session", dee);
        // Meanwhile, at the front desk, Dee gets the overlapping class in the other pool.
        staffing.assign(onlySessionOf(otherPool, friday).id(), dee.getId());
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(dialog, Button.class, spec -> spec.withText("Assign " + dee.getName()))));

        assertThat(refusal.getMessage()).isEqualTo("Cannot assign " + dee.getName() + ": " + dee.getName()
                + " teaches Level 3 Aqua Conditioning in " + otherPool.getName() + " on " + friday.format(SHORT_DAY)
                + " from 10:30 to 11:30.");
        _get(StaffingDialog.class);
        assertThat(textOf(cardOf(pool, friday))).contains("No instructor yet").doesNotContain(dee.getName());
        assertThat(onlySessionOf(pool, friday).instructorName()).isNull();
    }

    @Test
    void assigningToThisAndFollowingGivesTheInstructorTheWholeSeries() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(8);
        assertThat(schedule.createSeries(data.weekly(data.level(2), pool, "11:00", monday,
                monday.plusWeeks(3).plusDays(6), DayOfWeek.THURSDAY))).isEqualTo(4);
        Instructor ivy = staff.qualified("Ivy Onwards");

        StaffingDialog dialog = openStaffingDialog(pool, monday.plusDays(3));
        _click(_get(entryItemOf(dialog, "Can teach this session", ivy), Button.class,
                spec -> spec.withText("Assign to this and following")));

        _assertNone(StaffingDialog.class);
        assertThat(notificationTexts()).anyMatch(text -> text.contains(ivy.getName() + " assigned to 4 sessions."));
        assertThat(textOf(cardOf(pool, monday.plusDays(3)))).contains("With " + ivy.getName());
        for (int week = 0; week < 4; week++) {
            assertThat(onlySessionOf(pool, monday.plusWeeks(week).plusDays(3)).instructorName())
                    .as("instructor in week %d", week + 1).isEqualTo(ivy.getName());
        }
    }

    @Test
    void whenTheCertificateRunsOutMidSeriesTheNotificationSaysWhichDatesWereNotAssigned() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(8);
        assertThat(schedule.createSeries(data.weekly(data.level(2), pool, "16:00", monday,
                monday.plusWeeks(3).plusDays(6), DayOfWeek.THURSDAY))).isEqualTo(4);
        List<LocalDate> thursdays = List.of(monday.plusDays(3), monday.plusWeeks(1).plusDays(3),
                monday.plusWeeks(2).plusDays(3), monday.plusWeeks(3).plusDays(3));
        Instructor kim = staff.available("Kim Lapsing");
        // Counts up to and including the second Thursday.
        LocalDate rescueExpires = thursdays.get(1);
        staff.certify(kim, CertificationType.CPR_FIRST_AID, LocalDate.now(clock).plusYears(3));
        staff.certify(kim, CertificationType.WATER_RESCUE, rescueExpires);

        StaffingDialog dialog = openStaffingDialog(pool, thursdays.get(0));
        _click(_get(entryItemOf(dialog, "Can teach this session", kim), Button.class,
                spec -> spec.withText("Assign to this and following")));

        _assertNone(StaffingDialog.class);
        String why = kim.getName() + "'s water rescue (lifeguard) certificate expires on "
                + rescueExpires.format(RULE_DAY) + ", before this session";
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .contains(kim.getName() + " assigned to 2 sessions. Not assigned: ")
                .contains(thursdays.get(2).format(SHORT_DAY) + ": " + why)
                .contains(thursdays.get(3).format(SHORT_DAY) + ": " + why)
                .doesNotContain(thursdays.get(0).format(SHORT_DAY) + ":", thursdays.get(1).format(SHORT_DAY) + ":"));
        assertThat(onlySessionOf(pool, thursdays.get(0)).instructorName()).isEqualTo(kim.getName());
        assertThat(onlySessionOf(pool, thursdays.get(1)).instructorName()).isEqualTo(kim.getName());
        assertThat(onlySessionOf(pool, thursdays.get(2)).instructorName()).isNull();
        assertThat(onlySessionOf(pool, thursdays.get(3)).instructorName()).isNull();
    }

    /** Schedule, the session's week, its card, then "Assign instructor". */
    private StaffingDialog openStaffingDialog(Pool pool, LocalDate date) {
        navigate("schedule");
        // A chain's week opens on one pool: this class's is chosen.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Pool")), pool.getName());
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), date);
        cardOf(pool, date).click();
        _click(_get(_get(SessionDialog.class), Button.class, spec -> spec.withText("Assign instructor")));
        return _get(StaffingDialog.class);
    }

    /** The one card of this pool under the day heading of {@code date}. */
    private static WeekCard cardOf(Pool pool, LocalDate date) {
        Component day = _get(H3.class, spec -> spec.withText(date.format(DAY_HEADING))).getParent().orElseThrow();
        List<WeekCard> cards = WeekCard.in(day).stream()
                .filter(card -> textOf(card).contains(pool.getName() + " ")).toList();
        assertThat(cards).hasSize(1);
        return cards.get(0);
    }

    private ScheduledSession onlySessionOf(Pool pool, LocalDate date) {
        List<ScheduledSession> onDate = schedule.week(date, pool.getId()).stream()
                .filter(session -> session.date().equals(date)).toList();
        assertThat(onDate).hasSize(1);
        return onDate.get(0);
    }

    /** The list that follows this heading in the dialog (other tests' instructors are listed too). */
    private static List<ListItem> listUnder(Component dialog, String heading) {
        H3 title = _get(dialog, H3.class, spec -> spec.withText(heading));
        List<Component> siblings = title.getParent().orElseThrow().getChildren().toList();
        return siblings.subList(siblings.indexOf(title) + 1, siblings.size()).stream()
                .filter(UnorderedList.class::isInstance).findFirst()
                .map(list -> _find(list, ListItem.class)).orElseThrow();
    }

    private static List<String> namesUnder(Component dialog, String heading) {
        return listUnder(dialog, heading).stream().map(item -> textOf(item).split(": ", 2)[0]).toList();
    }

    private static ListItem entryItemOf(Component dialog, String heading, Instructor instructor) {
        List<ListItem> entries = listUnder(dialog, heading).stream()
                .filter(item -> textOf(item).startsWith(instructor.getName() + ": ")).toList();
        assertThat(entries).as("%s under \"%s\"", instructor.getName(), heading).hasSize(1);
        return entries.get(0);
    }

    /** The words of the instructor's entry under the heading, without its buttons. */
    private static String entryOf(Component dialog, String heading, Instructor instructor) {
        ListItem item = entryItemOf(dialog, heading, instructor);
        String text = textOf(item);
        for (Button button : _find(item, Button.class)) {
            text = text.replace(button.getText(), "");
        }
        return text.strip();
    }

    /** The text shown, the cards' lines included (they are sent as HTML). */
    private static String textOf(WeekCard card) {
        return card.text();
    }

    private static String textOf(Component component) {
        return textShown(component);
    }
}
