package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmpool.outcome.Questionnaire;
import org.warmpool.participant.Condition;
import org.warmpool.report.OutcomesCalculator.AttendedClass;
import org.warmpool.report.OutcomesCalculator.Answer;
import org.warmpool.report.OutcomesCalculator.Input;
import org.warmpool.report.OutcomesCalculator.LevelMove;
import org.warmpool.report.OutcomesCalculator.PainPair;

/** The outcomes figures and the group-of-5 rule, from hand-made rows. */
class OutcomesCalculatorTest {

    private static final Instant START = Instant.parse("2030-03-04T10:00:00Z");
    private static final Map<Questionnaire, BigDecimal> THRESHOLDS = Map.of(Questionnaire.RMDQ, BigDecimal.valueOf(5),
            Questionnaire.ODI, BigDecimal.TEN);

    private final List<PainPair> pairs = new ArrayList<>();
    private final Map<Long, Condition> conditions = new HashMap<>();
    private final Map<Long, OutcomesCalculator.EarlyClasses> attended = new HashMap<>();
    private final List<LevelMove> moves = new ArrayList<>();
    private final Map<Long, List<Answer>> answers = new HashMap<>();

    /** {@code n} daily classes at a level, pain before as given for the first 6 (then the 6th's), after one lower. */
    private void classes(long participant, int level, int count, int firstBefore, int sixthBefore) {
        List<AttendedClass> theirs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int before = i < 5 ? firstBefore : sixthBefore;
            pairs.add(new PainPair(participant, level, "L" + level, before, before - 1));
            theirs.add(new AttendedClass(day(i), before));
        }
        attended.put(participant, OutcomesCalculator.EarlyClasses.of(theirs));
    }

    private static Instant day(int i) {
        return START.plus(Duration.ofDays(i));
    }

    private List<OutcomeGroup> calculate() {
        return OutcomesCalculator.calculate(new Input(pairs, conditions, attended, moves, answers, THRESHOLDS));
    }

    @Test
    void sixAtALevelOfWhomFourImproveByTwoPointsAreShownWithEveryFigure() {
        for (long p = 1; p <= 6; p++) {
            classes(p, 1, 12, 7, p <= 4 ? 5 : 6);
            conditions.put(p, Condition.HERNIATED_DISC);
            answers.put(p, List.of(new Answer(Questionnaire.RMDQ, START.minusSeconds(3600), BigDecimal.valueOf(14)),
                    new Answer(Questionnaire.RMDQ, day(5).plusSeconds(7200), BigDecimal.valueOf(p <= 3 ? 9 : 12)),
                    new Answer(Questionnaire.RMDQ, day(11).plusSeconds(7200), BigDecimal.valueOf(p <= 5 ? 8 : 13))));
        }
        moves.add(new LevelMove(1, 1, true));
        moves.add(new LevelMove(2, 1, true));
        moves.add(new LevelMove(3, 1, false));
        moves.add(new LevelMove(99, 1, true)); // not in the group

        List<OutcomeGroup> groups = calculate();

        assertThat(groups).hasSize(2);
        OutcomeGroup level = groups.get(0);
        assertThat(level.name()).isEqualTo("Level 1 L1");
        assertThat(level.shown()).isTrue();
        assertThat(level.participants()).isEqualTo(6);
        // Before: four people 7 x5 and 5 x7 (70 each), two people 7 x5 and 6 x7 (77 each): 434 / 72.
        assertThat(level.averageBefore()).isEqualByComparingTo("6.0");
        assertThat(level.averageAfter()).isEqualByComparingTo("5.0");
        assertThat(level.painImprovedText()).isEqualTo("4 of 6 (67%)");
        assertThat(level.movesUp()).isEqualTo(2);
        assertThat(level.movesDown()).isEqualTo(1);
        assertThat(level.after6Text()).isEqualTo("3 of 6 (50%)");
        assertThat(level.after12Text()).isEqualTo("5 of 6 (83%)");
        OutcomeGroup disc = groups.get(1);
        assertThat(disc.dimension()).isEqualTo(OutcomeGroup.Dimension.CONDITION);
        assertThat(disc.name()).isEqualTo(Condition.HERNIATED_DISC.label());
        assertThat(disc.participantsText()).isEqualTo("6");
    }

    @Test
    void fourParticipantsAreFewerThanFiveAndFiveAreShown() {
        for (long p = 1; p <= 4; p++) {
            classes(p, 2, 1, 4, 4);
        }
        assertThat(calculate().get(0).participantsText()).isEqualTo("fewer than 5");
        assertThat(calculate().get(0).averageBeforeText()).isEqualTo("fewer than 5");
        assertThat(calculate().get(0).averageBefore()).as("a hidden group carries no figures").isNull();

        classes(5, 2, 1, 4, 4);
        OutcomeGroup five = calculate().get(0);
        assertThat(five.shown()).isTrue();
        assertThat(five.participantsText()).isEqualTo("5");
        assertThat(five.averageBeforeText()).isEqualTo("4.0");
        assertThat(five.painImprovedText()).as("nobody has 6 classes yet").isEqualTo("fewer than 5");
    }

    @Test
    void aShareOverFourIsHiddenInAShownGroupAndOverFiveIsShown() {
        for (long p = 1; p <= 5; p++) {
            classes(p, 1, p <= 4 ? 6 : 1, 7, 4);
        }
        assertThat(calculate().get(0).painImprovedText()).isEqualTo("fewer than 5");

        classes(5, 1, 6, 7, 4);
        assertThat(calculate().get(0).painImprovedText()).isEqualTo("5 of 5 (100%)");
    }

    @Test
    void theSmallestOtherGroupIsWithheldWhenExactlyOneGroupIsSmall() {
        for (long p = 1; p <= 6; p++) {
            classes(p, 1, 1, 5, 5);
        }
        for (long p = 7; p <= 9; p++) {
            classes(p, 2, 1, 4, 4);
        }
        for (long p = 10; p <= 14; p++) {
            classes(p, 0, 1, 8, 8);
        }

        List<OutcomeGroup> levels = calculate().subList(0, 3);

        assertThat(levels).extracting(OutcomeGroup::name).containsExactly("Level 0 L0", "Level 1 L1", "Level 2 L2");
        assertThat(levels).extracting(OutcomeGroup::visibility).containsExactly(OutcomeGroup.Visibility.WITHHELD,
                OutcomeGroup.Visibility.SHOWN, OutcomeGroup.Visibility.FEWER_THAN_5);
        assertThat(levels.get(0).participantsText()).isEqualTo("withheld (protects a group of fewer than 5)");
        assertThat(levels.get(1).participantsText()).isEqualTo("6");
        assertThat(levels.get(2).participantsText()).isEqualTo("fewer than 5");
    }

    @Test
    void twoSmallGroupsNeedNoThirdWithheld() {
        for (long p = 1; p <= 6; p++) {
            classes(p, 1, 1, 5, 5);
        }
        classes(7, 2, 1, 4, 4);
        classes(8, 3, 1, 2, 2);

        assertThat(calculate().subList(0, 3)).extracting(OutcomeGroup::visibility).containsExactly(
                OutcomeGroup.Visibility.SHOWN, OutcomeGroup.Visibility.FEWER_THAN_5,
                OutcomeGroup.Visibility.FEWER_THAN_5);
    }

    @Test
    void aQuestionnaireCountsOnlyFromAStartBeforeTheFirstClassAndTheSameQuestionnaireLater() {
        for (long p = 1; p <= 5; p++) {
            classes(p, 1, 12, 6, 6);
            answers.put(p, List.of(new Answer(Questionnaire.ODI, START.minusSeconds(60), BigDecimal.valueOf(40)),
                    new Answer(Questionnaire.ODI, day(5), BigDecimal.valueOf(p <= 2 ? 30 : 31)),
                    new Answer(Questionnaire.ODI, day(11), BigDecimal.valueOf(20))));
        }
        assertThat(calculate().get(0).after6Text()).as("10 percentage points is important").isEqualTo("2 of 5 (40%)");
        assertThat(calculate().get(0).after12Text()).isEqualTo("5 of 5 (100%)");

        // One started after the first class, one answered the other questionnaire later: not counted.
        answers.put(1L, List.of(new Answer(Questionnaire.ODI, day(0).plusSeconds(60), BigDecimal.valueOf(40)),
                new Answer(Questionnaire.ODI, day(5), BigDecimal.valueOf(30))));
        answers.put(2L, List.of(new Answer(Questionnaire.ODI, START.minusSeconds(60), BigDecimal.valueOf(40)),
                new Answer(Questionnaire.RMDQ, day(5), BigDecimal.valueOf(3))));
        assertThat(calculate().get(0).after6Text()).isEqualTo("fewer than 5");
    }

    @Test
    void conditionsComeInTheIntakesOrderWithNotRecordedLast() {
        for (long p = 1; p <= 15; p++) {
            classes(p, 1, 1, 5, 5);
            conditions.put(p, p <= 5 ? Condition.SPINAL_STENOSIS : p <= 10 ? Condition.HERNIATED_DISC : null);
        }
        conditions.remove(11L);

        assertThat(calculate()).filteredOn(g -> g.dimension() == OutcomeGroup.Dimension.CONDITION)
                .extracting(OutcomeGroup::name).containsExactly(Condition.HERNIATED_DISC.label(),
                        Condition.SPINAL_STENOSIS.label(), "Not recorded");
    }
}
