package org.warmpool.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
class PoolServiceTest {

    @Autowired
    PoolService pools;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ScheduleTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BookingTestData bookingData;
    @Autowired
    BookingService bookings;

    @Test
    void aPoolWithUpcomingSessionsCannotBeRetiredAndTheMessageSaysHowMany() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(2);
        schedule.createSeries(data.weekly(data.level(1), pool, "10:00", monday, monday.plusWeeks(2),
                java.time.DayOfWeek.MONDAY));

        assertThatThrownBy(() -> pools.retire(pool.getId())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("still has 3 upcoming sessions. Move or cancel them first");
        assertThat(pools.get(pool.getId()).isRetired()).isFalse();
    }

    @Test
    void everyTemperatureAPoolIsGivenGoesIntoItsLogWithWhoAndTheSameValueIsNotLoggedTwice() {
        Pool pool = data.warmPool();
        Pool edited = pools.get(pool.getId());
        edited.setWaterTemperature(new BigDecimal("33.5"));
        pools.save(edited);
        Pool renamed = pools.get(pool.getId());
        renamed.setNotes("New hoist");
        pools.save(renamed);

        assertThat(pools.temperatureLog(pool.getId())).extracting(TemperatureReading::getCelsius)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.5"), new BigDecimal("34.0"));
        assertThat(pools.temperatureLog(pool.getId())).allSatisfy(reading -> assertThat(reading.getActor())
                .isEqualTo("user"));
    }

    @Test
    void anUnusedPoolRetiresAndTakesNoNewSessions() {
        Pool pool = data.warmPool();

        pools.retire(pool.getId());

        assertThat(pools.get(pool.getId()).isRetired()).isTrue();
        assertThat(pools.listInUse()).extracting(Pool::getId).doesNotContain(pool.getId());
        assertThatThrownBy(() -> schedule.createSeries(
                data.once(data.level(1), pool, data.mondayInWeeks(2), "10:00")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("is retired");
    }

    @Test
    void loweringTheCapacityBelowAnUpcomingSessionsPlacesIsRefusedWithTheList() {
        Pool pool = data.warmPool(); // 10
        schedule.createSeries(data.once(data.level(3), pool, data.mondayInWeeks(2), "18:00")); // 10

        Pool edited = pools.get(pool.getId());
        edited.setCapacity(8);

        assertThatThrownBy(() -> pools.save(edited)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot go down to 8")
                .hasMessageContaining("Level 3 Aqua Conditioning in " + pool.getName() + " (10 places)");
        assertThat(pools.get(pool.getId()).getCapacity()).isEqualTo(10);
    }

    @Test
    void raisingTheCapacityOrChangingTheTemperatureIsSaved() {
        Pool pool = data.warmPool();
        Pool edited = pools.get(pool.getId());
        edited.setCapacity(14);
        edited.setWaterTemperature(new BigDecimal("33.5"));

        pools.save(edited);

        assertThat(pools.get(pool.getId()).getCapacity()).isEqualTo(14);
        assertThat(pools.get(pool.getId()).getWaterTemperature()).isEqualByComparingTo("33.5");
    }

    @Test
    void theColdWaterWarningCountsComingClassesWithPeopleBookedWhoseLevelNeedsWarmerWater() {
        Pool pool = data.warmPool();
        LocalDate day = data.mondayInWeeks(3);
        BigDecimal levelOne = data.level(1).getMinWaterTemperature();
        BigDecimal levelTwo = data.level(2).getMinWaterTemperature();
        long gentle = session(1, pool, day, "09:00");
        session(1, pool, day, "10:00"); // nobody booked: nobody to warn about
        long stretch = session(2, pool, day, "11:00");
        book(gentle, "Ann Cold");
        book(gentle, "Ben Cold");
        book(stretch, "Cat Cold");

        ColdWaterImpact belowLevelOne = pools.coldWaterImpact(pool.getId(), levelOne.subtract(new BigDecimal("0.5")));
        ColdWaterImpact belowLevelTwo = pools.coldWaterImpact(pool.getId(), levelTwo.subtract(new BigDecimal("0.5")));

        assertThat(belowLevelOne).isEqualTo(new ColdWaterImpact(1, 2, levelOne));
        assertThat(belowLevelOne.describe())
                .isEqualTo("1 class with 2 people booked needs at least " + levelOne + " °C");
        assertThat(belowLevelTwo).isEqualTo(new ColdWaterImpact(2, 3, levelOne));
        assertThat(belowLevelTwo.describe())
                .isEqualTo("2 classes with 3 people booked need at least " + levelOne + " °C");
        assertThat(pools.coldWaterImpact(pool.getId(), levelOne).any()).isFalse();
    }

    private long session(int level, Pool pool, LocalDate day, String start) {
        schedule.createSeries(data.once(data.level(level), pool, day, start));
        return schedule.week(day, pool.getId()).stream().filter(s -> s.start().toString().equals(start))
                .findFirst().orElseThrow().id();
    }

    private void book(long sessionId, String name) {
        long participant = bookingData.cleared(name).participantId();
        BookingTestData.asStaff(() -> bookings.bookFor(participant, sessionId, false, null));
    }

    @Test
    void twoPoolsCannotHaveTheSameName() {
        Pool pool = data.warmPool();
        Pool twin = new Pool(pool.getName().toUpperCase(), new BigDecimal("30.0"), new BigDecimal("1.00"),
                new BigDecimal("2.00"), false, 8);

        assertThatThrownBy(() -> pools.save(twin)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("There is already a pool called");
    }

    @Test
    void implausibleValuesAreRefusedByValidationAndByTheDatabase() {
        Pool tooHot = new Pool("Kettle", new BigDecimal("55.0"), new BigDecimal("1.00"), new BigDecimal("1.40"),
                true, 8);
        assertThatThrownBy(() -> pools.save(tooHot)).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Between 20 and 40 °C");

        assertThatThrownBy(() -> jdbc.update("INSERT INTO pool (name, water_temperature, min_depth, max_depth, "
                + "has_lift, capacity) VALUES ('Upside down', 33.0, 2.0, 1.0, TRUE, 8)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO pool (name, water_temperature, min_depth, max_depth, "
                + "has_lift, capacity) VALUES ('Nobody fits', 33.0, 1.0, 1.4, TRUE, 0)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twoAdministratorsEditingTheSamePoolCannotOverwriteEachOther() {
        Pool pool = data.warmPool();
        Pool first = pools.get(pool.getId());
        Pool second = pools.get(pool.getId());
        first.setNotes("Heater serviced");
        pools.save(first);

        second.setNotes("New tiles");
        assertThatThrownBy(() -> pools.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pools.get(pool.getId()).getNotes()).isEqualTo("Heater serviced");
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void onlyAnAdministratorManagesPools() {
        assertThatThrownBy(() -> pools.save(new Pool())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pools.retire(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
