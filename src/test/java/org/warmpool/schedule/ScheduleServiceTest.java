package org.warmpool.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.warmpool.SqlSent;
import org.warmpool.base.RuleViolationException;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@WithMockUser(roles = "ADMIN")
class ScheduleServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionChangeService sessionChanges;
    @Autowired
    ScheduleTestData data;
    @Autowired
    ApplicationEvents events;

    @Test
    void aSeriesCreatesItsSessionsWithTheLevelsLengthAndTheLargestAllowedClass() {
        Pool pool = data.warmPool(); // 10 people
        ClassLevel gentleMobility = data.level(1); // 45 minutes, at most 8
        LocalDate monday = data.mondayInWeeks(3);

        int created = schedule.createSeries(data.weekly(gentleMobility, pool, "10:00", monday, monday.plusDays(13),
                MONDAY, WEDNESDAY));

        assertThat(created).isEqualTo(4);
        List<ScheduledSession> week = schedule.week(monday, pool.getId());
        assertThat(week).extracting(ScheduledSession::date).containsExactly(monday, monday.plusDays(2));
        assertThat(week).allSatisfy(session -> {
            assertThat(session.start()).isEqualTo(LocalTime.of(10, 0));
            assertThat(session.end()).isEqualTo(LocalTime.of(10, 45));
            assertThat(session.capacity()).isEqualTo(8);
            assertThat(session.levelTitle()).isEqualTo("Level 1 Gentle Mobility");
        });
    }

    @Test
    void aFilteredWeekNarrowsByPoolLevelInstructorAndSearchWithTheSameQueriesAsTheWholeWeek() {
        Pool pool = data.warmPool();
        Pool other = data.warmPool();
        ClassLevel gentle = data.level(1);
        ClassLevel stretch = data.level(2);
        LocalDate monday = data.mondayInWeeks(5);
        LocalDate sunday = monday.plusDays(6);
        schedule.createSeries(data.once(gentle, pool, monday, "09:00"));
        schedule.createSeries(data.once(stretch, pool, sunday, "10:00"));
        schedule.createSeries(data.once(gentle, other, monday.plusDays(2), "11:00"));

        assertThat(mine(monday, WeekFilter.ALL, pool, other)).containsExactly(
                monday + " Level 1 Gentle Mobility " + pool.getName(),
                monday.plusDays(2) + " Level 1 Gentle Mobility " + other.getName(),
                sunday + " Level 2 Stretch & Strengthen " + pool.getName());
        assertThat(mine(monday, new WeekFilter(pool.getId(), null, null, null), pool, other)).containsExactly(
                monday + " Level 1 Gentle Mobility " + pool.getName(),
                sunday + " Level 2 Stretch & Strengthen " + pool.getName());
        assertThat(mine(monday, new WeekFilter(null, stretch.getId(), null, null), pool, other)).containsExactly(
                sunday + " Level 2 Stretch & Strengthen " + pool.getName());
        assertThat(mine(monday, new WeekFilter(other.getId(), gentle.getId(), null, null), pool, other))
                .containsExactly(monday.plusDays(2) + " Level 1 Gentle Mobility " + other.getName());
        // The search ignores case and needs every word somewhere in the level, pool or instructor.
        assertThat(mine(monday, new WeekFilter(null, null, null, "  STRETCH  "), pool, other)).containsExactly(
                sunday + " Level 2 Stretch & Strengthen " + pool.getName());
        assertThat(mine(monday, new WeekFilter(null, null, null, "gentle " + other.getName()), pool, other))
                .containsExactly(monday.plusDays(2) + " Level 1 Gentle Mobility " + other.getName());
        assertThat(mine(monday, new WeekFilter(null, null, null, "conditioning " + pool.getName()), pool, other))
                .isEmpty();
        // Classes nobody teaches yet are not any instructor's.
        assertThat(mine(monday, new WeekFilter(pool.getId(), null, Long.MAX_VALUE, null), pool, other)).isEmpty();

        WeekFilter narrow = new WeekFilter(null, gentle.getId(), null, "mobility");
        List<String> whole = SqlSent.during(() -> schedule.week(monday, null));
        assertThat(whole).isNotEmpty();
        // The classes, the places taken, and (when any class has an instructor) their accounts' roles in
        // one batch: a fixed number whatever the week holds.
        assertThat(SqlSent.during(() -> schedule.filteredWeek(monday, narrow))).hasSameSizeAs(whole)
                .hasSizeLessThanOrEqualTo(3);
    }

    /** The week's classes in these two pools, as "date level pool". */
    private List<String> mine(LocalDate monday, WeekFilter filter, Pool pool, Pool other) {
        return schedule.filteredWeek(monday, filter).stream()
                .filter(s -> s.poolId() == pool.getId() || s.poolId() == other.getId())
                .map(s -> s.date() + " " + s.levelTitle() + " " + s.poolName()).toList();
    }

    @Test
    void thePoolsCapacityLimitsAClassWhenItIsSmallerThanTheLevels() {
        Pool pool = data.warmPool(); // 10
        ClassLevel conditioning = data.level(3); // 12
        LocalDate date = data.mondayInWeeks(3);

        schedule.createSeries(data.once(conditioning, pool, date, "18:00"));

        assertThat(schedule.week(date, pool.getId())).singleElement()
                .extracting(ScheduledSession::capacity).isEqualTo(10);
    }

    @Test
    void morePlacesThanTheLevelAllowsAreRefusedWithTheReason() {
        Pool pool = data.warmPool();
        LocalDate date = data.mondayInWeeks(3);
        SeriesDraft draft = data.once(data.level(0), pool, date, "09:00");
        draft.setCapacity(7);

        assertThatThrownBy(() -> schedule.createSeries(draft)).isInstanceOf(RuleViolationException.class)
                .hasMessage("At most 6 places: Level 0 Warm Water Relief allows 6 people per class.");
        assertThat(schedule.week(date, pool.getId())).isEmpty();
    }

    @Test
    void morePlacesThanThePoolHoldsAreRefusedWithTheReason() {
        Pool pool = data.warmPool();
        SeriesDraft draft = data.once(data.level(3), pool, data.mondayInWeeks(3), "09:00");
        draft.setCapacity(11);

        assertThatThrownBy(() -> schedule.createSeries(draft)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("At most 10 places").hasMessageContaining("holds 10 people");
    }

    @Test
    void aSeriesThatClashesWithAnotherClassInThePoolIsRefusedWhole() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(4);
        schedule.createSeries(data.once(data.level(1), pool, monday.plusDays(7), "10:00")); // 10:00-10:45

        SeriesDraft clashing = data.weekly(data.level(0), pool, "10:30", monday, monday.plusWeeks(3), MONDAY);

        assertThatThrownBy(() -> schedule.createSeries(clashing)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is already booked for another class at that time")
                .hasMessageContaining("10:00-10:45 (Level 1 Gentle Mobility)");
        assertThat(schedule.week(monday, pool.getId())).isEmpty();
        assertThat(schedule.week(monday.plusWeeks(2), pool.getId())).isEmpty();
    }

    @Test
    void backToBackClassesAndTheSameTimeInAnotherPoolAreFine() {
        Pool pool = data.warmPool();
        Pool otherPool = data.warmPool();
        LocalDate date = data.mondayInWeeks(4);
        schedule.createSeries(data.once(data.level(1), pool, date, "10:00"));

        schedule.createSeries(data.once(data.level(0), pool, date, "10:45"));
        schedule.createSeries(data.once(data.level(1), otherPool, date, "10:00"));

        assertThat(schedule.week(date, pool.getId())).hasSize(2);
        assertThat(schedule.week(date, otherPool.getId())).hasSize(1);
    }

    @Test
    void aSeriesCannotStartInThePast() {
        SeriesDraft draft = data.once(data.level(1), data.warmPool(), LocalDate.now(clock).minusDays(1), "10:00");

        assertThatThrownBy(() -> schedule.createSeries(draft)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("The first date is in the past");
    }

    @Test
    void skippedDatesGetNoSession() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(5);
        SeriesDraft draft = data.weekly(data.level(2), pool, "11:00", monday, monday.plusWeeks(2), MONDAY);
        draft.setSkippedDates(Set.of(monday.plusWeeks(1)));

        assertThat(schedule.createSeries(draft)).isEqualTo(2);
        assertThat(schedule.week(monday.plusWeeks(1), pool.getId())).isEmpty();
    }

    @Test
    void editingOneSessionMovesOnlyThatOne() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(6);
        schedule.createSeries(data.weekly(data.level(1), pool, "10:00", monday, monday.plusWeeks(2), MONDAY));
        ScheduledSession second = schedule.week(monday.plusWeeks(1), pool.getId()).get(0);

        SessionChange change = schedule.changeFor(second.id());
        change.setStartTime(LocalTime.of(14, 0));
        change.setCapacity(5);
        sessionChanges.editSession(second.id(), change);

        assertThat(schedule.get(second.id()).start()).isEqualTo(LocalTime.of(14, 0));
        assertThat(schedule.get(second.id()).capacity()).isEqualTo(5);
        assertThat(schedule.week(monday, pool.getId()).get(0).start()).isEqualTo(LocalTime.of(10, 0));
        assertThat(schedule.week(monday.plusWeeks(2), pool.getId()).get(0).start()).isEqualTo(LocalTime.of(10, 0));
    }

    @Test
    void editingThisAndFollowingChangesTheLaterSessionsButNotTheEarlierOnes() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(7);
        schedule.createSeries(data.weekly(data.level(1), pool, "10:00", monday, monday.plusWeeks(3), MONDAY));
        ScheduledSession second = schedule.week(monday.plusWeeks(1), pool.getId()).get(0);

        SessionChange change = schedule.changeFor(second.id());
        change.setStartTime(LocalTime.of(9, 0));
        change.setBias(ExerciseBias.FLEXION);
        int changed = sessionChanges.editFollowing(second.id(), change);

        assertThat(changed).isEqualTo(3);
        assertThat(schedule.week(monday, pool.getId()).get(0).start()).isEqualTo(LocalTime.of(10, 0));
        for (int week = 1; week <= 3; week++) {
            ScheduledSession later = schedule.week(monday.plusWeeks(week), pool.getId()).get(0);
            assertThat(later.start()).isEqualTo(LocalTime.of(9, 0));
            assertThat(later.bias()).isEqualTo(ExerciseBias.FLEXION);
            assertThat(later.date()).isEqualTo(monday.plusWeeks(week));
        }
    }

    @Test
    void anEditThatWouldClashIsRefusedAndChangesNothing() {
        Pool pool = data.warmPool();
        LocalDate date = data.mondayInWeeks(8);
        schedule.createSeries(data.once(data.level(1), pool, date, "10:00"));
        schedule.createSeries(data.once(data.level(2), pool, date, "12:00"));
        ScheduledSession noon = schedule.week(date, pool.getId()).get(1);

        SessionChange change = schedule.changeFor(noon.id());
        change.setStartTime(LocalTime.of(10, 30));

        assertThatThrownBy(() -> sessionChanges.editSession(noon.id(), change))
                .isInstanceOf(RuleViolationException.class);
        assertThat(schedule.get(noon.id()).start()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void cancellingKeepsTheSessionInHistoryFreesTheSlotAndAnnouncesIt() {
        Pool pool = data.warmPool();
        LocalDate date = data.mondayInWeeks(9);
        schedule.createSeries(data.once(data.level(1), pool, date, "10:00"));
        ScheduledSession session = schedule.week(date, pool.getId()).get(0);

        schedule.cancelSession(session.id(), "  Pool heater broken  ");

        ScheduledSession cancelled = schedule.get(session.id());
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Pool heater broken");
        assertThat(events.stream(SessionCancelled.class))
                .anySatisfy(event -> {
                    assertThat(event.sessionId()).isEqualTo(session.id());
                    assertThat(event.reason()).isEqualTo("Pool heater broken");
                });
        schedule.createSeries(data.once(data.level(0), pool, date, "10:00"));
        assertThat(schedule.week(date, pool.getId())).hasSize(2);
    }

    @Test
    void aCancellationNeedsAReasonAndHappensOnce() {
        Pool pool = data.warmPool();
        LocalDate date = data.mondayInWeeks(9);
        schedule.createSeries(data.once(data.level(1), pool, date, "10:00"));
        long id = schedule.week(date, pool.getId()).get(0).id();

        assertThatThrownBy(() -> schedule.cancelSession(id, " ")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Give a reason");
        schedule.cancelSession(id, "Holiday");
        assertThatThrownBy(() -> schedule.cancelSession(id, "Again")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("was cancelled");
        assertThat(events.stream(SessionCancelled.class).filter(e -> e.sessionId() == id)).hasSize(1);
    }

    @Test
    void theWeekRunsFromMondayToSundayInTheClinicsZone() {
        Pool pool = data.warmPool();
        LocalDate monday = data.mondayInWeeks(10);
        schedule.createSeries(data.weekly(data.level(1), pool, "08:00", monday.minusDays(1), monday.plusDays(7),
                java.time.DayOfWeek.SUNDAY, MONDAY));

        assertThat(schedule.week(monday.plusDays(3), pool.getId())).extracting(ScheduledSession::date)
                .containsExactly(monday, monday.plusDays(6));
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void aParticipantCannotChangeTheSchedule() {
        assertThatThrownBy(() -> schedule.createSeries(new SeriesDraft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.cancelSession(1L, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.week(LocalDate.now(clock), null)).isInstanceOf(AccessDeniedException.class);
    }
}
