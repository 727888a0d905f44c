package org.warmpool.pool.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.security.Role;

class PoolsViewTest extends KaribuTest {

    @Autowired
    private PoolService pools;
    @Autowired
    private ClassLevelService levels;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private Clock clock;
    @Autowired
    private BookingTestData bookingData;
    @Autowired
    private BookingService bookings;

    private final String poolName = "Pools Test " + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void logInAsAdministrator() {
        login("admin@warmpool.example", Role.ADMIN);
    }

    @Test
    void anAdminCreatesAPoolAndSeesItInTheList() {
        navigate("pools");

        _click(_get(Button.class, spec -> spec.withText("New pool")));
        fillPoolForm(poolName, "33.5", "0.90", "1.60", 12, true, "Hoist at the shallow end");
        _click(saveButton());

        _assertNoDialogs();
        assertThat(notificationTexts()).anyMatch(text -> text.contains(poolName + " saved."));
        assertThat(GridKt._getFormattedRow(grid(), rowOf(poolName)))
                .startsWith(poolName, "33.5 °C", "0.90-1.60 m", "Yes", "12", "In use")
                .last().asString().contains("Temperature log of " + poolName);
        Pool saved = savedPoolsNamed(poolName).get(0);
        assertThat(saved.getNotes()).isEqualTo("Hoist at the shallow end");
    }

    @Test
    void aWaterTemperatureOutOfRangeIsShownOnTheFieldAndNothingIsSaved() {
        navigate("pools");

        _click(_get(Button.class, spec -> spec.withText("New pool")));
        fillPoolForm(poolName, "50", "0.90", "1.60", 12, false, "");
        _click(saveButton());

        BigDecimalField water = _get(dialog(), BigDecimalField.class,
                spec -> spec.withLabel("Water temperature (°C)"));
        assertThat(water.isInvalid()).isTrue();
        assertThat(water.getErrorMessage()).isEqualTo("Between 20 and 40 °C");
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Please correct the highlighted fields")
                && text.contains("Between 20 and 40 °C"));
        assertFormStillHolds(poolName, "50", "0.90", "1.60", 12);
        assertThat(savedPoolsNamed(poolName)).isEmpty();
        assertThat(gridNames()).doesNotContain(poolName);
    }

    @Test
    void aDeepestDepthBelowTheShallowestIsShownOnTheFieldAndNothingIsSaved() {
        navigate("pools");

        _click(_get(Button.class, spec -> spec.withText("New pool")));
        fillPoolForm(poolName, "33.0", "1.50", "1.20", 10, false, "");
        _click(saveButton());

        BigDecimalField deepest = _get(dialog(), BigDecimalField.class, spec -> spec.withLabel("Deepest depth (m)"));
        assertThat(deepest.isInvalid()).isTrue();
        assertThat(deepest.getErrorMessage()).isEqualTo("The deepest depth cannot be less than the shallowest");
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Please correct the highlighted fields")
                && text.contains("The deepest depth cannot be less than the shallowest"));
        assertFormStillHolds(poolName, "33.0", "1.50", "1.20", 10);
        assertThat(savedPoolsNamed(poolName)).isEmpty();
        assertThat(gridNames()).doesNotContain(poolName);
    }

    @Test
    void aDeepestDepthBeyondTheRangeIsShownOnTheFieldAndNothingIsSaved() {
        navigate("pools");

        _click(_get(Button.class, spec -> spec.withText("New pool")));
        fillPoolForm(poolName, "33.0", "1.20", "7.00", 10, false, "");
        _click(saveButton());

        BigDecimalField deepest = _get(dialog(), BigDecimalField.class, spec -> spec.withLabel("Deepest depth (m)"));
        assertThat(deepest.isInvalid()).isTrue();
        assertThat(deepest.getErrorMessage()).isEqualTo("Between 0.1 and 6 m");
        assertFormStillHolds(poolName, "33.0", "1.20", "7.00", 10);
        assertThat(savedPoolsNamed(poolName)).isEmpty();
    }

    @Test
    void aNameThatIsAlreadyTakenIsRefusedAndNothingIsSaved() {
        pools.save(new Pool(poolName, new BigDecimal("34.0"), new BigDecimal("1.00"), new BigDecimal("1.40"), true, 8));
        navigate("pools");

        _click(_get(Button.class, spec -> spec.withText("New pool")));
        fillPoolForm(poolName, "31.0", "1.20", "2.50", 20, false, "A second pool with the same name");
        RuleViolationException refusal = assertThrows(RuleViolationException.class, () -> _click(saveButton()));

        assertThat(refusal.getMessage())
                .isEqualTo("There is already a pool called \"" + poolName + "\". Choose another name.");
        assertThat(dialog().getHeaderTitle()).isEqualTo("New pool");
        assertFormStillHolds(poolName, "31.0", "1.20", "2.50", 20);
        List<Pool> named = savedPoolsNamed(poolName);
        assertThat(named).hasSize(1);
        assertThat(named.get(0).getCapacity()).isEqualTo(8);
    }

    @Test
    void loweringTheWaterBelowWhatABookedClassNeedsAsksFirstAndKeepLeavesTheOldTemperature() {
        Pool pool = pools.save(new Pool(poolName, new BigDecimal("34.0"), new BigDecimal("0.90"),
                new BigDecimal("1.50"), true, 10));
        ClassLevel gentle = level(1);
        LocalDate day = LocalDate.now(clock).plusWeeks(9);
        schedule.createSeries(onceOn(gentle, pool, day));
        long sessionId = schedule.week(day, pool.getId()).get(0).id();
        long participant = bookingData.cleared("Pam Cold").participantId();
        BookingTestData.asStaff(() -> bookings.bookFor(participant, sessionId, false, null));
        String tooCold = gentle.getMinWaterTemperature().subtract(new BigDecimal("1.0")).toString();
        navigate("pools");
        GridKt._clickItem(grid(), rowOf(poolName));

        _setValue(_get(dialog(), BigDecimalField.class, spec -> spec.withLabel("Water temperature (°C)")),
                new BigDecimal(tooCold));
        _click(saveButton());

        // A question inside the pool's dialog, not a second dialog on top of it.
        Div warning = _get(dialog(), Div.class, spec -> spec.withId("cold-water-warning"));
        assertThat(warning.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_get(warning, H3.class).getText()).isEqualTo("Too cold for booked classes");
        assertThat(_get(warning, Paragraph.class).getText()).startsWith("1 class with 1 person booked needs at least "
                + gentle.getMinWaterTemperature() + " °C. At " + tooCold + " °C in " + poolName);
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(pools.get(pool.getId()).getWaterTemperature()).isEqualByComparingTo("34.0");

        _click(_get(warning, Button.class, spec -> spec.withText("Keep 34.0 °C")));

        assertThat(pools.get(pool.getId()).getWaterTemperature()).isEqualByComparingTo("34.0");
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit " + poolName);
        _assertNone(dialog(), Div.class, spec -> spec.withId("cold-water-warning"));
        assertThat(_get(dialog(), BigDecimalField.class, spec -> spec.withLabel("Water temperature (°C)"))
                .getValue()).isEqualByComparingTo("34.0");

        _setValue(_get(dialog(), BigDecimalField.class, spec -> spec.withLabel("Water temperature (°C)")),
                new BigDecimal(tooCold));
        _click(saveButton());
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save " + tooCold + " °C")));

        _assertNoDialogs();
        assertThat(pools.get(pool.getId()).getWaterTemperature()).isEqualByComparingTo(tooCold);
    }

    private static SeriesDraft onceOn(ClassLevel level, Pool pool, LocalDate day) {
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level);
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(day.getDayOfWeek()));
        draft.setStartTime(LocalTime.of(9, 15));
        draft.setFirstDate(day);
        draft.setLastDate(day);
        draft.setCapacity(6);
        return draft;
    }

    @Test
    void retiringAPoolWithUpcomingSessionsIsRefusedWithHowManySessions() {
        Pool pool = pools.save(new Pool(poolName, new BigDecimal("33.5"), new BigDecimal("0.90"),
                new BigDecimal("1.50"), true, 10));
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(12);
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level(1));
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        draft.setStartTime(LocalTime.of(11, 15));
        draft.setFirstDate(monday);
        draft.setLastDate(monday.plusDays(13));
        draft.setCapacity(6);
        assertThat(schedule.createSeries(draft)).isEqualTo(4);
        navigate("pools");

        GridKt._clickItem(grid(), rowOf(poolName));
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit " + poolName);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Retire pool")));
        Div question = _get(dialog(), Div.class, spec -> spec.withId("retire-question"));
        assertThat(_get(question, H3.class).getText()).isEqualTo("Retire " + poolName + "?");
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(question, Button.class, spec -> spec.withText("Retire"))));

        assertThat(refusal.getMessage())
                .startsWith(poolName + " still has 4 upcoming sessions. Move or cancel them first: ");
        assertThat(pools.get(pool.getId()).isRetired()).isFalse();
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit " + poolName);
        assertThat(GridKt._getFormattedRow(grid(), rowOf(poolName))).element(5).isEqualTo("In use");
    }

    private void fillPoolForm(String name, String water, String shallowest, String deepest, int capacity,
            boolean lift, String notes) {
        Dialog dialog = dialog();
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Water temperature (°C)")),
                new BigDecimal(water));
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Shallowest depth (m)")),
                new BigDecimal(shallowest));
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Deepest depth (m)")),
                new BigDecimal(deepest));
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel("People in the water at once")), capacity);
        _setValue(_get(dialog, Checkbox.class, spec -> spec.withLabel("Has a lift or ramp into the water")), lift);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Notes")), notes);
    }

    private void assertFormStillHolds(String name, String water, String shallowest, String deepest, int capacity) {
        Dialog dialog = dialog();
        assertThat(_get(dialog, TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo(name);
        assertThat(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Water temperature (°C)")).getValue())
                .isEqualTo(new BigDecimal(water));
        assertThat(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Shallowest depth (m)")).getValue())
                .isEqualTo(new BigDecimal(shallowest));
        assertThat(_get(dialog, BigDecimalField.class, spec -> spec.withLabel("Deepest depth (m)")).getValue())
                .isEqualTo(new BigDecimal(deepest));
        assertThat(_get(dialog, IntegerField.class, spec -> spec.withLabel("People in the water at once")).getValue())
                .isEqualTo(capacity);
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    private static Button saveButton() {
        return _get(dialog(), Button.class, spec -> spec.withText("Save"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Pool> grid() {
        return _get(Grid.class);
    }

    private static List<String> gridNames() {
        Grid<Pool> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> GridKt._get(grid, row).getName()).toList();
    }

    private static int rowOf(String name) {
        int row = gridNames().indexOf(name);
        assertThat(row).as("row of %s in the pools grid", name).isNotNegative();
        return row;
    }

    private List<Pool> savedPoolsNamed(String name) {
        return pools.listAll().stream().filter(pool -> pool.getName().equalsIgnoreCase(name)).toList();
    }

    private ClassLevel level(int number) {
        return levels.listAll().stream().filter(level -> level.getLevelNumber() == number).findFirst().orElseThrow();
    }
}
