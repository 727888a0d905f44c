package org.warmpool.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmpool.base.RuleViolationException;

class RecurrenceTest {

    private static final LocalDate MONDAY_2_MARCH = LocalDate.of(2026, 3, 2);

    @Test
    void aMondayAndThursdayClassOverTwoWeeksHasFourDates() {
        List<LocalDate> dates = Recurrence.dates(EnumSet.of(MONDAY, THURSDAY), MONDAY_2_MARCH,
                MONDAY_2_MARCH.plusDays(13), Set.of());

        assertThat(dates).containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 12));
    }

    @Test
    void firstAndLastDatesAreIncludedWhenTheyFallOnAChosenDay() {
        List<LocalDate> dates = Recurrence.dates(EnumSet.of(MONDAY), MONDAY_2_MARCH, MONDAY_2_MARCH.plusWeeks(2),
                Set.of());

        assertThat(dates).containsExactly(MONDAY_2_MARCH, MONDAY_2_MARCH.plusWeeks(1), MONDAY_2_MARCH.plusWeeks(2));
    }

    @Test
    void everyDayOfTheWeekGivesSevenDatesAWeek() {
        assertThat(Recurrence.dates(EnumSet.allOf(DayOfWeek.class), MONDAY_2_MARCH, MONDAY_2_MARCH.plusDays(6),
                Set.of())).hasSize(7);
    }

    @Test
    void aWeekendClassStartingMidweekBeginsOnTheFirstSaturday() {
        List<LocalDate> dates = Recurrence.dates(EnumSet.of(SATURDAY, SUNDAY), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 9), Set.of());

        assertThat(dates).containsExactly(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8));
    }

    @Test
    void skippedDatesAreLeftOut() {
        LocalDate bankHoliday = LocalDate.of(2026, 5, 4);
        List<LocalDate> dates = Recurrence.dates(EnumSet.of(MONDAY), LocalDate.of(2026, 4, 27),
                LocalDate.of(2026, 5, 11), Set.of(bankHoliday));

        assertThat(dates).containsExactly(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 11));
    }

    @Test
    void aSingleDayRangeOnAnotherWeekdayHasNoDates() {
        assertThat(Recurrence.dates(EnumSet.of(THURSDAY), MONDAY_2_MARCH, MONDAY_2_MARCH, Set.of())).isEmpty();
    }

    @Test
    void noWeekdayIsRefused() {
        assertThatThrownBy(() -> Recurrence.dates(EnumSet.noneOf(DayOfWeek.class), MONDAY_2_MARCH,
                MONDAY_2_MARCH.plusWeeks(1), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessage("Choose at least one weekday.");
    }

    @Test
    void aLastDateBeforeTheFirstIsRefused() {
        assertThatThrownBy(() -> Recurrence.dates(EnumSet.of(MONDAY), MONDAY_2_MARCH, MONDAY_2_MARCH.minusDays(1),
                Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("on or after the first date");
    }

    @Test
    void aSeriesMayRunTwoYearsButNotADayMore() {
        assertThat(Recurrence.dates(EnumSet.of(MONDAY), MONDAY_2_MARCH, MONDAY_2_MARCH.plusYears(2), Set.of()))
                .hasSize(105);
        assertThatThrownBy(() -> Recurrence.dates(EnumSet.of(MONDAY), MONDAY_2_MARCH,
                MONDAY_2_MARCH.plusYears(2).plusDays(1), Set.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2 years at most");
    }
}
