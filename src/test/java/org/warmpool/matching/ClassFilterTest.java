package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmpool.participant.TimeOfDay;

class ClassFilterTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);
    private static final LocalDate NEXT_TUESDAY = TUESDAY.plusWeeks(1);

    private final Candidate tuesdayMorningL1 = TestResults.session(1, MatchingFixtures.L1, TUESDAY, LocalTime.of(9, 30));
    private final Candidate tuesdayNoonL2 = TestResults.session(2, MatchingFixtures.L2, TUESDAY, LocalTime.NOON);
    private final Candidate wednesdayEveningL1 =
            TestResults.session(3, MatchingFixtures.L1, TUESDAY.plusDays(1), LocalTime.of(17, 0));
    private final Candidate nextTuesdayAfternoonL1 =
            TestResults.session(4, MatchingFixtures.L1, NEXT_TUESDAY, LocalTime.of(16, 59));
    private final MatchResult all = TestResults.recommending(
            List.of(tuesdayMorningL1, tuesdayNoonL2, wednesdayEveningL1, nextTuesdayAfternoonL1));

    @Test
    void noChoiceKeepsEveryClassInItsOrder() {
        assertThat(ids(ClassFilter.ALL.apply(all))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aDateKeepsThatDayOnlyAndAWeekdayKeepsItInEveryWeek() {
        assertThat(ids(ClassFilter.ALL.onDate(TUESDAY).apply(all))).containsExactly(1L, 2L);
        assertThat(ids(ClassFilter.ALL.onWeekday(DayOfWeek.TUESDAY).apply(all))).containsExactly(1L, 2L, 4L);
    }

    @Test
    void timesOfDayMeetAtNoonAndFiveOClockAsTheIntakeAsksThem() {
        assertThat(ids(ClassFilter.ALL.at(TimeOfDay.MORNING).apply(all))).containsExactly(1L);
        assertThat(ids(ClassFilter.ALL.at(TimeOfDay.AFTERNOON).apply(all))).containsExactly(2L, 4L);
        assertThat(ids(ClassFilter.ALL.at(TimeOfDay.EVENING).apply(all))).containsExactly(3L);
    }

    @Test
    void choicesCombineAndALevelKeepsItsClassesOnly() {
        assertThat(ids(ClassFilter.ALL.atLevel(1).apply(all))).containsExactly(1L, 3L, 4L);
        assertThat(ids(ClassFilter.ALL.onWeekday(DayOfWeek.TUESDAY).at(TimeOfDay.AFTERNOON).atLevel(1).apply(all)))
                .containsExactly(4L);
        assertThat(ids(ClassFilter.ALL.onDate(TUESDAY).atLevel(3).apply(all))).isEmpty();
    }

    @Test
    void aBlockedResultKeepsItsReason() {
        MatchResult blocked = new MatchResult("Booking opens with the doctor's note.", List.of(), List.of());
        assertThat(ClassFilter.ALL.atLevel(1).apply(blocked)).isSameAs(blocked);
    }

    private static List<Long> ids(MatchResult result) {
        return result.recommendations().stream().map(r -> r.session().sessionId()).toList();
    }
}
