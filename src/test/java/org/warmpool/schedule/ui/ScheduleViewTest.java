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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
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
import org.warmpool.SqlSent;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorName;
import org.warmpool.instructor.InstructorService;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.pool.ui.PoolChoice;
import org.warmpool.pool.ui.PoolsView;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ui.LevelsView;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.schedule.StaffingService;
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
    @Autowired
    private InstructorTestData instructors;
    @Autowired
    private StaffingService staffing;
    @Autowired
    private InstructorService instructorService;

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
        _click(_get(Button.class, spec -> spec.withText("This week")));
        assertThat(cardsInMyPool()).isEmpty();
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday.plusDays(2));

        _get(H2.class, spec -> spec.withText("Week of " + monday.format(WEEK_HEADING)));
        assertThat(cardsInMyPool()).hasSize(2);
        for (LocalDate date : List.of(monday.plusDays(1), monday.plusDays(3))) {
            List<WeekCard> cards = cardsInMyPoolOn(date);
            assertThat(cards).hasSize(1);
            assertThat(textOf(cards.get(0)))
                    .contains("07:45-08:30", "Level 1 Gentle Mobility", poolName, "No instructor yet", "0 booked, 8 left")
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
        _get(H3.class, spec -> spec.withText(today.format(DAY_HEADING)));
        _get(Button.class, spec -> spec.withText("New class series"));
    }

    /** The browser names the card clicked; a name that is not one of the day's classes opens nothing. */
    @Test
    void aClickOpensOnlyAClassShownOnThatDay() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 2, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0));
        createSeriesInService(pool, 2, DayOfWeek.THURSDAY, LocalTime.of(9, 0));
        LocalDate wednesday = monday.plusDays(2);
        navigate("schedule");
        choosePool(pool);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), wednesday);
        WeekCard thursdays = cardsInMyPoolOn(monday.plusDays(3)).get(0);
        Component wednesdays = _get(H3.class, spec -> spec.withText(wednesday.format(DAY_HEADING))).getParent()
                .orElseThrow();
        SessionList wednesdayList = _get(wednesdays, SessionList.class);

        for (String named : new String[] {String.valueOf(thursdays.sessionId()), "999999999", "1 or 1=1"}) {
            elemental.json.JsonObject click = elemental.json.Json.createObject();
            click.put(SessionList.CLICKED_SESSION, named);
            com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(wednesdayList, "click", click);
            _assertNoDialogs();
        }
        // A click between the cards names no class.
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(wednesdayList, "click",
                elemental.json.Json.createObject());
        _assertNoDialogs();

        cardsInMyPoolOn(wednesday).get(0).click();
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Level 2 Stretch & Strengthen");
    }

    @Test
    void cancellingASessionWithAReasonShowsItAsCancelledOnItsCard() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 2, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0));
        LocalDate wednesday = monday.plusDays(2);
        navigate("schedule");
        choosePool(pool);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), wednesday);

        WeekCard card = cardsInMyPoolOn(wednesday).get(0);
        assertThat(textOf(card)).doesNotContain("Cancelled");
        card.click();
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
        WeekCard cancelled = cardsInMyPoolOn(wednesday).get(0);
        assertThat(cancelled.hasClassName("cancelled")).isTrue();
        assertThat(textOf(cancelled)).contains("14:00-14:45", "Level 2 Stretch & Strengthen",
                "Cancelled: Pool heater repair");
        ScheduledSession stored = schedule.week(monday, pool.getId()).get(0);
        assertThat(stored.cancelled()).isTrue();
        assertThat(stored.cancelReason()).isEqualTo("Pool heater repair");
    }

    /** A card's lines are sent as HTML: what staff typed shows as they typed it, never as markup. */
    @Test
    void aCancelReasonWithMarkupShowsOnItsCardAsTyped() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 1, DayOfWeek.FRIDAY, LocalTime.of(8, 0));
        LocalDate friday = monday.plusDays(4);
        schedule.cancelSession(schedule.week(monday, pool.getId()).get(0).id(),
                "Heater <b>broken</b> & \"drained\" <img src=x>");
        navigate("schedule");
        choosePool(pool);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), friday);

        assertThat(cardsInMyPoolOn(friday)).singleElement().satisfies(card -> assertThat(textOf(card))
                .isEqualTo("08:00-08:45 Level 1 Gentle Mobility " + poolName + " No instructor yet 0 booked, 6 left "
                        + "Cancelled: Heater <b>broken</b> & \"drained\" <img src=x> "));
    }

    @Test
    void theWeekHasSevenDayColumnsMondayToSundayEachARegionWithItsClasses() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 1, DayOfWeek.MONDAY, LocalTime.of(9, 0));
        createSeriesInService(pool, 2, DayOfWeek.SUNDAY, LocalTime.of(11, 0));
        navigate("schedule");
        choosePool(pool);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday.plusDays(3));

        List<Section> columns = columns();
        assertThat(columns).extracting(column -> _get(column, H3.class).getText()).containsExactly(
                monday.plusDays(0).format(DAY_HEADING), monday.plusDays(1).format(DAY_HEADING),
                monday.plusDays(2).format(DAY_HEADING), monday.plusDays(3).format(DAY_HEADING),
                monday.plusDays(4).format(DAY_HEADING), monday.plusDays(5).format(DAY_HEADING),
                monday.plusDays(6).format(DAY_HEADING));
        assertThat(columns.get(6).getElement().getTextRecursively()).startsWith("Sunday ");
        // Each column is a region named by its day heading.
        assertThat(columns).allSatisfy(column -> assertThat(column.getElement().getAttribute("aria-labelledby"))
                .isEqualTo(_get(column, H3.class).getId().orElseThrow()));
        assertThat(cardsInMyPoolOn(monday)).singleElement().satisfies(card -> assertThat(textOf(card))
                .contains("09:00-09:45", "Level 1 Gentle Mobility", "0 booked, 6 left"));
        assertThat(cardsInMyPoolOn(monday.plusDays(6))).singleElement().satisfies(card -> assertThat(textOf(card))
                .contains("11:00-11:45", "Level 2 Stretch & Strengthen"));
        for (int i = 1; i < 6; i++) {
            assertThat(cardsInMyPoolOn(monday.plusDays(i))).isEmpty();
        }
        // A card is one button: it opens the session's details and actions.
        cardsInMyPoolOn(monday.plusDays(6)).get(0).click();
        Dialog details = _get(Dialog.class);
        assertThat(details.getHeaderTitle()).isEqualTo("Level 2 Stretch & Strengthen");
        _get(details, Button.class, spec -> spec.withText("Edit this session"));
        _get(details, Button.class, spec -> spec.withText("Assign instructor"));
        _get(details, Button.class, spec -> spec.withText("Cancel session"));
    }

    @Test
    void theFiltersAndTheSearchNarrowTheWeekAndShowAllClassesBringsItBack() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        String otherName = "Other " + poolName;
        pools.save(new Pool(otherName, new BigDecimal("34.0"), new BigDecimal("0.90"), new BigDecimal("1.50"),
                true, 10));
        Pool other = pools.listInUse().stream().filter(p -> p.getName().equals(otherName)).findFirst().orElseThrow();
        Instructor teacher = instructors.qualified("Wendy Week");
        createSeriesInService(pool, 1, DayOfWeek.TUESDAY, LocalTime.of(9, 0));
        createSeriesInService(pool, 2, DayOfWeek.THURSDAY, LocalTime.of(10, 0));
        createSeriesInService(other, 1, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0));
        long thursdayClass = schedule.week(monday, pool.getId()).stream()
                .filter(s -> s.date().equals(monday.plusDays(3))).findFirst().orElseThrow().id();
        staffing.assign(thursdayClass, teacher.getId());
        navigate("schedule");
        _setValue(poolFilter(), null);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday);
        String tuesday = "Tuesday 09:00-09:45 Level 1 Gentle Mobility";
        String wednesday = "Wednesday 11:00-11:45 Level 1 Gentle Mobility";
        String thursday = "Thursday 10:00-10:45 Level 2 Stretch & Strengthen";
        assertThat(shown()).containsExactly(tuesday, wednesday, thursday);

        // Typing part of a pool's name narrows the pools offered; empty is all pools.
        assertThat(poolFilter().getPlaceholder()).isEqualTo("All pools");
        ComboBoxKt.setUserInput(poolFilter(), "other " + poolName.toLowerCase(Locale.UK));
        assertThat(ComboBoxKt.getSuggestions(poolFilter())).containsExactly(otherName);
        ComboBoxKt.selectByLabel(poolFilter(), otherName);
        assertThat(shown()).containsExactly(wednesday);
        _setValue(poolFilter(), null);
        assertThat(shown()).containsExactly(tuesday, wednesday, thursday);

        ComboBoxKt.selectByLabel(filter("Level"), "Level 2 Stretch & Strengthen");
        assertThat(shown()).containsExactly(thursday);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("schedule-found")).getText())
                .endsWith("match the filters this week.");
        _click(_get(Button.class, spec -> spec.withText("Show all classes")));

        @SuppressWarnings("unchecked")
        ComboBox<InstructorName> instructor = _get(ComboBox.class, spec -> spec.withLabel("Instructor"));
        // A chain's hundreds of instructors: typing part of a name narrows the list.
        assertThat(instructor.getPlaceholder()).isEqualTo("All instructors");
        ComboBoxKt.selectByLabel(instructor, teacher.getName());
        assertThat(shown()).containsExactly(thursday);
        assertThat(textOf(cardsInMyPoolOn(monday.plusDays(3)).get(0))).contains(teacher.getName());
        _click(_get(Button.class, spec -> spec.withText("Show all classes")));

        TextField search = _get(TextField.class, spec -> spec.withLabel("Search"));
        _setValue(search, "strengthen");
        assertThat(shown()).containsExactly(thursday);
        _setValue(search, otherName);
        assertThat(shown()).containsExactly(wednesday);
        _setValue(search, teacher.getName());
        assertThat(shown()).containsExactly(thursday);
        _setValue(search, "gentle " + poolName.substring(poolName.lastIndexOf(' ') + 1));
        assertThat(shown()).containsExactly(tuesday, wednesday);
        _setValue(search, "no such class " + poolName);
        assertThat(shown()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("schedule-found")).getText())
                .isEqualTo("No classes match the filters this week. Choose other filters, or show all classes.");
        _click(_get(Button.class, spec -> spec.withText("Show all classes")));
        assertThat(search.getValue()).isEmpty();
        assertThat(shown()).containsExactly(tuesday, wednesday, thursday);
    }

    @Test
    void onAPhoneTheDayButtonsChooseTheOneDayShownStartingWithTodayInTheClinic() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        createSeriesInService(pool, 1, DayOfWeek.THURSDAY, LocalTime.of(9, 0));
        navigate("schedule");
        choosePool(pool);

        // This week opens on today: its button pressed, its column the one a phone shows.
        assertThat(pressedDay()).isEqualTo(dayButtonText(today));
        assertThat(selectedColumn()).isEqualTo(today.format(DAY_HEADING));
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("day-button"))).hasSize(7)
                .allSatisfy(button -> assertThat(button.getElement().getAttribute("aria-pressed")).isNotNull());

        // Another week opens on the day chosen in the date picker.
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday.plusDays(1));
        assertThat(pressedDay()).isEqualTo(dayButtonText(monday.plusDays(1)));
        assertThat(selectedColumn()).isEqualTo(monday.plusDays(1).format(DAY_HEADING));

        _click(dayButton(monday.plusDays(3)));

        assertThat(pressedDay()).isEqualTo(dayButtonText(monday.plusDays(3)));
        Section shownDay = _get(Section.class, spec -> spec.withClasses("day selected"));
        assertThat(_get(shownDay, H3.class).getText()).isEqualTo(monday.plusDays(3).format(DAY_HEADING));
        assertThat(WeekCard.in(shownDay)).filteredOn(card -> textOf(card).contains(poolName))
                .singleElement().satisfies(card -> assertThat(textOf(card)).contains("09:00-09:45",
                        "Level 1 Gentle Mobility"));

        // The filters fold away on a phone: their button says whether they are open. (Its text says
        // "Filters (on)" when the pool chosen counts as a filter: with three pools or fewer.)
        Button filters = _get(Button.class, spec -> spec.withClasses("filters-toggle"));
        assertThat(filters.getText()).startsWith("Filters");
        assertThat(filters.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        _click(filters);
        assertThat(filters.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(_get(Div.class, spec -> spec.withId("schedule-filters")).hasClassName("open")).isTrue();

        // The next week keeps the weekday.
        _click(_get(Button.class, spec -> spec.withText("Next week")));
        assertThat(selectedColumn()).isEqualTo(monday.plusDays(10).format(DAY_HEADING));
    }

    /**
     * A chain (more pools than a small clinic's) opens the week on one pool and keeps the pool
     * chosen for the session; the week takes as many SQL statements with more classes, pools and
     * instructors (the instructor filter lists them all) as before them.
     */
    @Test
    void aChainsWeekOpensOnOnePoolKeepsTheChoiceAndTakesTheSameStatementsWhateverItsSize() {
        login("admin@warmpool.example", Role.ADMIN);
        Pool pool = createPool();
        for (int i = 0; i <= PoolChoice.ALL_POOLS_UP_TO; i++) {
            pools.save(new Pool("Chain " + i + " " + poolName, new BigDecimal("34.0"), new BigDecimal("0.90"),
                    new BigDecimal("1.50"), true, 10));
        }
        createSeriesInService(pool, 1, DayOfWeek.MONDAY, LocalTime.of(9, 0));
        navigate("schedule");
        assertThat(poolFilter().getValue()).as("one pool, not all").isNotNull();

        choosePool(pool);
        navigate("accessibility");
        navigate("schedule");
        assertThat(poolFilter().getValue().getName()).isEqualTo(poolName);
        int sent = statementsToOpenTheWeekOfMonday();
        assertThat(cardsInMyPool()).hasSize(1);

        createSeriesInService(pool, 2, DayOfWeek.TUESDAY, LocalTime.of(10, 0));
        createSeriesInService(pool, 1, DayOfWeek.FRIDAY, LocalTime.of(16, 0));
        for (int i = 0; i < 60; i++) {
            instructorService.create("Chain Teacher " + i + " " + poolName,
                    "chain-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@warmpool.example", "", "");
        }

        assertThat(statementsToOpenTheWeekOfMonday()).isEqualTo(sent);
        assertThat(cardsInMyPool()).hasSize(3);
        _setValue(poolFilter(), null);
        assertThat(cardsInMyPool()).hasSize(3);
    }

    /** Opens the schedule (as chosen last) and goes to the week of {@link #monday}: its SQL statements. */
    private int statementsToOpenTheWeekOfMonday() {
        navigate("accessibility");
        return SqlSent.during(() -> {
            navigate("schedule");
            _setValue(_get(DatePicker.class, spec -> spec.withLabel("Week of")), monday);
        }).size();
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

    /** Shows this pool's week, as the front desk of a chain does. */
    private static void choosePool(Pool pool) {
        ComboBoxKt.selectByLabel(poolFilter(), pool.getName());
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

    private List<WeekCard> cardsInMyPool() {
        return WeekCard.shown().stream().filter(card -> textOf(card).contains(poolName)).toList();
    }

    /** The cards of this test's pool under the day heading of {@code date}. */
    private List<WeekCard> cardsInMyPoolOn(LocalDate date) {
        Component day = _get(H3.class, spec -> spec.withText(date.format(DAY_HEADING))).getParent().orElseThrow();
        return WeekCard.in(day).stream().filter(card -> textOf(card).contains(poolName)).toList();
    }

    private static List<Section> columns() {
        return _find(Section.class, spec -> spec.withClasses("day"));
    }

    /** The classes shown in this test's two pools, as "weekday time level". */
    private List<String> shown() {
        List<String> shown = new java.util.ArrayList<>();
        for (Section column : columns()) {
            String weekday = _get(column, H3.class).getText().split(" ")[0];
            WeekCard.in(column).stream().map(ScheduleViewTest::textOf)
                    .filter(text -> text.contains(poolName))
                    .forEach(text -> shown.add(weekday + " " + text.substring(0, text.indexOf(" Level ")) + " "
                            + (text.contains("Level 1") ? "Level 1 Gentle Mobility" : "Level 2 Stretch & Strengthen")));
        }
        return shown;
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> filter(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    /** The week's pool filter: a combo box, empty for all pools. */
    @SuppressWarnings("unchecked")
    private static ComboBox<Pool> poolFilter() {
        return _get(ComboBox.class, spec -> spec.withLabel("Pool"));
    }

    private static String dayButtonText(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEE", Locale.UK)) + " " + date.getDayOfMonth();
    }

    private static NativeButton dayButton(LocalDate date) {
        return _find(NativeButton.class, spec -> spec.withClasses("day-button")).stream()
                .filter(button -> textOf(button).equals(dayButtonText(date))).findFirst().orElseThrow();
    }

    /** The text of the one pressed day button. */
    private static String pressedDay() {
        List<NativeButton> pressed = _find(NativeButton.class, spec -> spec.withClasses("day-button")).stream()
                .filter(button -> "true".equals(button.getElement().getAttribute("aria-pressed"))).toList();
        assertThat(pressed).hasSize(1);
        return textOf(pressed.get(0));
    }

    /** The heading of the one column a phone shows. */
    private static String selectedColumn() {
        List<Section> selected = columns().stream().filter(column -> column.hasClassName("selected")).toList();
        assertThat(selected).hasSize(1);
        return _get(selected.get(0), H3.class).getText();
    }

    /** The text shown, the cards' lines included (they are sent as HTML). */
    private static String textOf(WeekCard card) {
        return card.text();
    }

    private static String textOf(Component component) {
        return textShown(component);
    }
}
