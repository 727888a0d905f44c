package org.warmpool.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.pool.ui.PoolsView;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ui.LevelsView;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.security.Role;

class ScheduleViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter WEEK_HEADING = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Autowired
    private PoolService pools;
    @Autowired
    private ClassLevelService levels;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private Clock clock;

    private final String poolName = "Schedule Test " + UUID.randomUUID().toString().substring(0, 8);
    private LocalDate today;
    /** The Monday of a week ten weeks ahead: no other test plans this pool, and it is in the future. */
    private LocalDate monday;

    @BeforeEach
    void setUpDates() {
        today = LocalDate.now(clock);
        monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(10);
    }

    @Test
    void anAdminCreatesAWeeklySeriesAndSeesItsSessionsInThatWeek() {
        login("admin@warmpool.example", Role.ADMIN);
        createPool();
        navigate("schedule");

        _click(_get(Button.class, spec -> spec.withText("New class series")));
        fillSeriesForm("Level 1 Gentle Mobility", Set.of("Tuesday", "Thursday"), LocalTime.of(7, 45),
                monday, monday.plusDays(6));
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save")));

        _assertNoDialogs();
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Created 2 sessions."));

        // Back to this week, where the new pool has no classes, then to the series' week.
        _click(_get(Button.class, spec -> spec.withText("Today")));
        assertThat(cardsInMyPool()).isEmpty();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday.plusDays(2));

        _get(H2.class, spec -> spec.withText("Week of " + monday.format(WEEK_HEADING)));
        assertThat(cardsInMyPool()).hasSize(2);
        for (LocalDate date : List.of(monday.plusDays(1), monday.plusDays(3))) {
            List<SessionCard> cards = cardsInMyPoolOn(date);
            assertThat(cards).hasSize(1);
            assertThat(textOf(cards.get(0)))
                    .contains("07:45-08:30", "Level 1 Gentle Mobility", poolName + " · Neutral spine", "0 of 8 places taken")
                    .doesNotContain("Cancelled", "Pool too cold");
        }
    }

    @Test
    void aSeriesThatClashesWithAnotherClassInThePoolIsRefusedAndTheFormKeepsItsValues() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 1, DayOfWeek.TUESDAY, LocalTime.of(10, 0));
        navigate("schedule");

        _click(_get(Button.class, spec -> spec.withText("New class series")));
        fillSeriesForm("Level 2 Stretch & Strengthen", Set.of("Tuesday"), LocalTime.of(10, 30),
                monday, monday.plusDays(6));
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(dialog(), Button.class, spec -> spec.withText("Save"))));

        assertThat(refusal.getMessage()).isEqualTo(poolName + " is already booked for another class at that time: "
                + monday.plusDays(1).format(DAY) + " 10:00-10:45 (Level 1 Gentle Mobility). "
                + "Choose another time or pool.");
        Dialog dialog = dialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("New class series");
        Select<ClassLevel> level = select(dialog, "Level");
        Select<Pool> chosenPool = select(dialog, "Pool");
        assertThat(level.getValue().title()).isEqualTo("Level 2 Stretch & Strengthen");
        assertThat(chosenPool.getValue().getName()).isEqualTo(poolName);
        assertThat(_get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Weekdays")).getValue())
                .isEqualTo(Set.of(DayOfWeek.TUESDAY));
        assertThat(_get(dialog, TimePicker.class, spec -> spec.withLabel("Start time")).getValue())
                .isEqualTo(LocalTime.of(10, 30));
        assertThat(_get(dialog, DatePicker.class, spec -> spec.withLabel("First date")).getValue()).isEqualTo(monday);
        assertThat(_get(dialog, DatePicker.class, spec -> spec.withLabel("Last date")).getValue())
                .isEqualTo(monday.plusDays(6));
        assertThat(schedule.week(monday, pool.getId())).singleElement()
                .satisfies(session -> assertThat(session.levelTitle()).isEqualTo("Level 1 Gentle Mobility"));
    }

    @Test
    void theFrontDeskOpensTheSchedule() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("schedule");

        _get(ScheduleView.class);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        _get(H2.class, spec -> spec.withText("Week of " + thisMonday.format(WEEK_HEADING)));
        _get(H2.class, spec -> spec.withText(today.format(DAY_HEADING)));
        _get(Button.class, spec -> spec.withText("New class series"));
    }

    @Test
    void cancellingASessionWithAReasonShowsItAsCancelledOnItsCard() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 2, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0));
        LocalDate wednesday = monday.plusDays(2);
        navigate("schedule");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), wednesday);

        SessionCard card = cardsInMyPoolOn(wednesday).get(0);
        assertThat(textOf(card)).doesNotContain("Cancelled");
        _click(_get(card, Button.class, spec -> spec.withText("Details")));
        Dialog details = _get(Dialog.class, spec -> spec.withPredicate(
                d -> "Level 2 Stretch & Strengthen".equals(d.getHeaderTitle())));
        _click(_get(details, Button.class, spec -> spec.withText("Cancel session")));
        Dialog confirm = _get(Dialog.class, spec -> spec.withPredicate(
                d -> "Cancel this session?".equals(d.getHeaderTitle())));
        _setValue(_get(confirm, TextArea.class, spec -> spec.withLabel("Reason (participants will see it)")),
                "Pool heater repair");
        _click(_get(confirm, Button.class, spec -> spec.withText("Cancel session")));

        _assertNoDialogs();
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Session cancelled."));
        SessionCard cancelled = cardsInMyPoolOn(wednesday).get(0);
        assertThat(cancelled.hasClassName("cancelled")).isTrue();
        assertThat(textOf(cancelled)).contains("14:00-14:45", "Level 2 Stretch & Strengthen",
                "Cancelled: Pool heater repair");
        ScheduledSession stored = schedule.week(monday, pool.getId()).get(0);
        assertThat(stored.cancelled()).isTrue();
        assertThat(stored.cancelReason()).isEqualTo("Pool heater repair");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTICIPANT", "INSTRUCTOR"})
    void participantsAndInstructorsCannotOpenTheScheduleOrTheClinicSetup(Role role) {
        login("someone@warmpool.example", role);

        for (String route : List.of("schedule", "pools", "levels")) {
            navigate(route);

            _assertNone(ScheduleView.class);
            _assertNone(PoolsView.class);
            _assertNone(LevelsView.class);
            assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        }
    }

    private Pool createPool() {
        return pools.save(new Pool(poolName, new BigDecimal("34.0"), new BigDecimal("0.90"),
                new BigDecimal("1.50"), true, 10));
    }

    /** One session in the week of {@link #monday}, on that weekday, at that time. */
    private void createSeriesInService(Pool pool, int levelNumber, DayOfWeek weekday, LocalTime start) {
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(levels.listAll().stream().filter(level -> level.getLevelNumber() == levelNumber)
                .findFirst().orElseThrow());
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(weekday));
        draft.setStartTime(start);
        draft.setFirstDate(monday);
        draft.setLastDate(monday.plusDays(6));
        draft.setCapacity(6);
        assertThat(schedule.createSeries(draft)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private void fillSeriesForm(String level, Set<String> weekdays, LocalTime start, LocalDate first,
            LocalDate last) {
        Dialog dialog = dialog();
        ComboBoxKt.selectByLabel(select(dialog, "Level"), level);
        ComboBoxKt.selectByLabel(select(dialog, "Pool"), poolName + " (34.0 °C)");
        CheckboxGroupKt.selectByLabel(_get(dialog, CheckboxGroup.class, spec -> spec.withLabel("Weekdays")),
                weekdays.toArray(String[]::new));
        _setValue(_get(dialog, TimePicker.class, spec -> spec.withLabel("Start time")), start);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("First date")), first);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Last date")), last);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(Dialog dialog, String label) {
        return _get(dialog, Select.class, spec -> spec.withLabel(label));
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    private List<SessionCard> cardsInMyPool() {
        return _find(SessionCard.class).stream().filter(card -> textOf(card).contains(poolName)).toList();
    }

    /** The cards of this test's pool under the day heading of {@code date}. */
    private List<SessionCard> cardsInMyPoolOn(LocalDate date) {
        Component day = _get(H2.class, spec -> spec.withText(date.format(DAY_HEADING))).getParent().orElseThrow();
        return _find(day, SessionCard.class).stream().filter(card -> textOf(card).contains(poolName)).toList();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
