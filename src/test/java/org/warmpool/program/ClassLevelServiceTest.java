package org.warmpool.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
class ClassLevelServiceTest {

    @Autowired
    ClassLevelService levels;
    @Autowired
    PoolService pools;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ScheduleTestData data;

    @Test
    void theFourDefaultLevelsComeFromTheMigration() {
        List<ClassLevel> all = levels.listAll();

        assertThat(all).extracting(ClassLevel::title).containsExactly("Level 0 Warm Water Relief",
                "Level 1 Gentle Mobility", "Level 2 Stretch & Strengthen", "Level 3 Aqua Conditioning");
        assertThat(all).extracting(ClassLevel::getPainMin).containsExactly(6, 4, 2, 0);
        assertThat(all).extracting(ClassLevel::getPainMax).containsExactly(10, 7, 5, 3);
        assertThat(all).extracting(ClassLevel::getMaxClassSize).containsExactly(6, 8, 10, 12);
        assertThat(all).extracting(ClassLevel::getMinutes).containsExactly(30, 45, 45, 60);
        assertThat(all).extracting(level -> level.getMinWaterTemperature().toPlainString())
                .containsExactly("33.0", "32.0", "30.0", "28.0");
    }

    @Test
    void aSmallerClassSizeThanAnUpcomingSessionOffersIsRefusedAndNothingChanges() {
        Pool pool = data.warmPool();
        schedule.createSeries(data.once(data.level(2), pool, data.mondayInWeeks(2), "11:00")); // 10

        ClassLevel edited = levels.get(data.level(2).getId());
        edited.setMaxClassSize(9);

        assertThatThrownBy(() -> levels.save(edited)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot go down to 9")
                .hasMessageContaining("Level 2 Stretch & Strengthen in " + pool.getName());
        assertThat(levels.get(edited.getId()).getMaxClassSize()).isEqualTo(10);
    }

    @Test
    void aWarmerMinimumIsSavedAndListsTheSessionsNowInColdWater() {
        Pool coolPool = pools.save(new Pool("Cool " + System.nanoTime(), new BigDecimal("31.0"),
                new BigDecimal("1.00"), new BigDecimal("1.40"), true, 10));
        schedule.createSeries(data.once(data.level(2), coolPool, data.mondayInWeeks(2), "11:00"));
        ClassLevel level = levels.get(data.level(2).getId());
        BigDecimal original = level.getMinWaterTemperature();
        try {
            level.setMinWaterTemperature(new BigDecimal("31.5"));

            LevelChange change = levels.save(level);

            assertThat(change.level().getMinWaterTemperature()).isEqualByComparingTo("31.5");
            assertThat(change.sessionsInColderWater()).anySatisfy(session ->
                    assertThat(session.title()).contains(coolPool.getName()));
        } finally {
            ClassLevel restore = levels.get(level.getId());
            restore.setMinWaterTemperature(original);
            levels.save(restore);
        }
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void onlyAnAdministratorChangesLevels() {
        ClassLevel level = levels.listAll().get(0);
        assertThatThrownBy(() -> levels.save(level)).isInstanceOf(AccessDeniedException.class);
    }
}
