package org.warmpool.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.security.Role;

class LevelsViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Autowired
    private ClassLevelService levels;
    @Autowired
    private PoolService pools;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private Clock clock;

    /** The levels as they were before the test: other tests rely on the defaults. */
    private List<ClassLevel> before;

    @BeforeEach
    void logInAsAdministrator() {
        login("admin@warmpool.example", Role.ADMIN);
        before = levels.listAll();
    }

    @AfterEach
    void restoreLevels() {
        login("admin@warmpool.example", Role.ADMIN);
        for (ClassLevel original : before) {
            ClassLevel level = levels.get(original.getId());
            level.setName(original.getName());
            level.setPainMin(original.getPainMin());
            level.setPainMax(original.getPainMax());
            level.setMinWaterTemperature(original.getMinWaterTemperature());
            level.setMaxClassSize(original.getMaxClassSize());
            level.setMinutes(original.getMinutes());
            level.setDescription(original.getDescription());
            levels.save(level);
        }
    }

    @Test
    void theAdminSeesTheFourDefaultLevels() {
        navigate("levels");

        Grid<ClassLevel> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(IntStream.range(0, 4).mapToObj(row -> GridKt._getFormattedRow(grid, row).get(0)))
                .containsExactly("Level 0 Warm Water Relief", "Level 1 Gentle Mobility",
                        "Level 2 Stretch & Strengthen", "Level 3 Aqua Conditioning");
        assertThat(IntStream.range(0, 4).mapToObj(row -> GridKt._getFormattedRow(grid, row).subList(1, 6)))
                .containsExactly(
                        List.of("6-10", "33.0 °C", "6", "30", "Floating, breathing, gentle range of motion and "
                                + "water walking. For high pain and flare-ups."),
                        List.of("4-7", "32.0 °C", "8", "45", "Water walking, hamstring and hip stretches, pelvic "
                                + "tilts. Also for chronic pain."),
                        List.of("2-5", "30.0 °C", "10", "45", "Core work and bird-dog at the wall, step-ups and "
                                + "stretching."),
                        List.of("0-3", "28.0 °C", "12", "60", "Deep-water running with a flotation belt and "
                                + "aerobic intervals."));
    }

    @Test
    void theAdminEditsALevelsDescriptionAndSeesItInTheList() {
        String description = "Core work at the wall and step-ups, then stretching. " + UUID.randomUUID();
        navigate("levels");

        GridKt._clickItem(grid(), rowOf("Level 2 Stretch & Strengthen"));
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit Level 2 Stretch & Strengthen");
        _setValue(_get(dialog(), TextArea.class, spec -> spec.withLabel("What happens in the class")), description);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save")));

        _assertNoDialogs();
        assertThat(notificationTexts()).anyMatch(text -> text.contains("Level 2 Stretch & Strengthen saved."));
        assertThat(GridKt._getFormattedRow(grid(), rowOf("Level 2 Stretch & Strengthen")))
                .containsExactly("Level 2 Stretch & Strengthen", "2-5", "30.0 °C", "10", "45", description);
    }

    @Test
    void aHighestPainAboveTenIsShownOnTheFieldAndNothingChanges() {
        navigate("levels");

        GridKt._clickItem(grid(), rowOf("Level 3 Aqua Conditioning"));
        IntegerField highestPain = _get(dialog(), IntegerField.class, spec -> spec.withLabel("Highest pain (0-10)"));
        _setValue(highestPain, 11);
        _click(_get(dialog(), Button.class, spec -> spec.withText("Save")));

        assertThat(highestPain.isInvalid()).isTrue();
        assertThat(highestPain.getErrorMessage()).isEqualTo("Pain is 0 to 10");
        assertThat(highestPain.getValue()).isEqualTo(11);
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit Level 3 Aqua Conditioning");
        assertThat(levelNumbered(3).getPainMax()).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid(), rowOf("Level 3 Aqua Conditioning")).get(1)).isEqualTo("0-3");
    }

    @Test
    void aClassSizeBelowThePlacesOfUpcomingSessionsIsRefusedAndNothingChanges() {
        // Two sessions of 8 places in the coming days, earlier than other tests' sessions, so the
        // message lists them among its first few.
        String poolName = "Levels Test " + UUID.randomUUID().toString().substring(0, 8);
        Pool pool = pools.save(new Pool(poolName, new BigDecimal("33.5"), new BigDecimal("0.90"),
                new BigDecimal("1.40"), true, 12));
        LocalDate first = LocalDate.now(clock).plusDays(2);
        LocalDate second = first.plusDays(1);
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(levelNumbered(1));
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(first.getDayOfWeek(), second.getDayOfWeek()));
        draft.setStartTime(LocalTime.of(6, 15));
        draft.setFirstDate(first);
        draft.setLastDate(first.plusDays(6));
        draft.setCapacity(8);
        assertThat(schedule.createSeries(draft)).isEqualTo(2);
        navigate("levels");

        GridKt._clickItem(grid(), rowOf("Level 1 Gentle Mobility"));
        IntegerField largestClass = _get(dialog(), IntegerField.class, spec -> spec.withLabel("Largest class"));
        _setValue(largestClass, 5);
        RuleViolationException refusal = assertThrows(RuleViolationException.class,
                () -> _click(_get(dialog(), Button.class, spec -> spec.withText("Save"))));

        assertThat(refusal.getMessage())
                .startsWith("The class size cannot go down to 5: ")
                .contains(first.format(DAY) + " 06:15 Level 1 Gentle Mobility in " + poolName + " (8 places)")
                .contains(second.format(DAY) + " 06:15 Level 1 Gentle Mobility in " + poolName + " (8 places)");
        assertThat(dialog().getHeaderTitle()).isEqualTo("Edit Level 1 Gentle Mobility");
        assertThat(largestClass.getValue()).isEqualTo(5);
        assertThat(levelNumbered(1).getMaxClassSize()).isEqualTo(8);
        assertThat(GridKt._getFormattedRow(grid(), rowOf("Level 1 Gentle Mobility")).get(3)).isEqualTo("8");
    }

    private ClassLevel levelNumbered(int number) {
        return levels.listAll().stream().filter(level -> level.getLevelNumber() == number).findFirst().orElseThrow();
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClassLevel> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(String title) {
        Grid<ClassLevel> grid = grid();
        int row = IntStream.range(0, GridKt._size(grid))
                .filter(index -> GridKt._get(grid, index).title().equals(title)).findFirst().orElse(-1);
        assertThat(row).as("row of %s in the levels grid", title).isNotNegative();
        return row;
    }
}
