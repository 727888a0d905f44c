package org.warmpool.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.progress.ProgressionAdvisor.LevelRange;
import org.warmpool.progress.ProgressionAdvisor.SessionPain;
import org.warmpool.progress.ProgressionAdvisor.Suggestion;
import org.warmpool.progress.ProgressionAdvisor.Thresholds;

/** The progression rules on sequences of classes, written as "before-after" pairs, oldest first. */
class ProgressionAdvisorTest {

    static final List<LevelRange> LEVELS = List.of(new LevelRange(0, "Warm Water Relief", 6, 10),
            new LevelRange(1, "Gentle Mobility", 4, 7), new LevelRange(2, "Stretch & Strengthen", 2, 5),
            new LevelRange(3, "Aqua Conditioning", 0, 3));

    /** "3-2 3-3 _-_" at a level: one class per pair, "_" for a value not recorded. */
    static List<SessionPain> classes(int level, String pairs) {
        List<SessionPain> history = new ArrayList<>();
        LocalDate day = LocalDate.of(2025, 3, 3);
        for (String pair : pairs.trim().split("\\s+")) {
            String[] values = pair.split("-");
            history.add(new SessionPain(day, level, value(values[0]), value(values[1])));
            day = day.plusDays(7);
        }
        return history;
    }

    private static Integer value(String text) {
        return text.equals("_") ? null : Integer.valueOf(text);
    }

    private static Optional<Suggestion> advise(Integer level, String pairs) {
        return ProgressionAdvisor.advise(classes(level == null ? 2 : level, pairs), level, LEVELS,
                Thresholds.DEFAULTS);
    }

    @ParameterizedTest(name = "level {0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # level | classes (before-after, oldest first)  | suggestion
            2       | 4-3 4-3 3-2 3-3 3-2 3-3                | UP 2->3
            2       | 4-3 3-2 3-3 3-2 3-3                    | none
            2       | 4-4 4-4 3-2 3-3 3-2 3-3                | UP 2->3
            2       | 4-3 4-3 3-2 3-4 3-2 3-3                | none
            2       | 4-3 4-3 3-2 0-2 3-2 3-3                | none
            2       | 0-2 4-3 3-2 3-3 3-2 3-3                | UP 2->3
            2       | 4-3 4-3 3-2 3-3 3-2 3-_                | none
            2       | 4-3 4-3 3-2 3-3 _-_ 3-2 3-3            | UP 2->3
            3       | 1-1 1-1 1-1 1-1 1-1 1-1                | none
            2       | 3-5 3-3 3-5                            | none
            2       | 3-3 3-5 3-5                            | DOWN 2->1
            2       | 3-5 _-_ 3-5                            | none
            2       | 3-5 3-5 4-_                            | DOWN 2->1
            1       | 4-6 4-6                                | DOWN 1->0
            0       | 6-8 6-9                                | REST 0->0
            2       | 8-_                                    | DOWN 2->1
            0       | 8-7                                    | REST 0->0
            2       | 7-7                                    | none
            2       | 8-8 5-5                                | none
            2       | 3-5 3-5 3-3 3-2 3-3 3-3                | UP 2->3
            # pain after at the next level's edges (level 2: 2 to 5, level 3: 0 to 3)
            1       | 2-2 2-2 2-2 2-2 2-2 2-2                | UP 1->2
            1       | 1-1 1-1 1-1 1-1 1-1 1-1                | none
            1       | 5-5 5-5 5-5 5-5 5-5 5-5                | UP 1->2
            1       | 6-6 6-6 6-6 6-6 6-6 6-6                | none
            2       | 0-0 0-0 0-0 0-0 0-0 0-0                | UP 2->3
            2       | 4-4 4-4 4-4 4-4 4-4 4-4                | none
            """)
    void theRulesOnSequencesOfClasses(String level, String pairs, String expected) {
        Integer current = Integer.valueOf(level.trim());
        Optional<Suggestion> suggestion = advise(current, pairs);

        assertThat(suggestion.map(s -> s.direction() + " " + s.fromLevel() + "->" + s.toLevel()).orElse("none"))
                .isEqualTo(expected.trim());
    }

    @Test
    void theReasonNamesTheFlareFreeClassesOnlyWhenTheRuleAsksForThem() {
        List<SessionPain> history = classes(2, "3-3 3-3 3-2 3-3 3-2 3-3");

        assertThat(ProgressionAdvisor.advise(history, 2, LEVELS, new Thresholds(6, 4, 1, 2, 2, 8)))
                .hasValueSatisfying(s -> assertThat(s.reason()).endsWith("and had no flare-up in the last 1."));
        assertThat(ProgressionAdvisor.advise(history, 2, LEVELS, new Thresholds(6, 4, 0, 2, 2, 8)))
                .hasValueSatisfying(s -> assertThat(s.reason()).doesNotContain("flare-up")
                        .endsWith("You have come to 6 classes at Level 2."));
    }

    @Test
    void theChangeOfAClassIsPainAfterMinusPainBeforeAndOnlyWithBoth() {
        assertThat(new SessionPain(LocalDate.of(2025, 3, 3), 1, 6, 3).change()).isEqualTo(-3);
        assertThat(new SessionPain(LocalDate.of(2025, 3, 3), 1, 3, 5).change()).isEqualTo(2);
        assertThat(new SessionPain(LocalDate.of(2025, 3, 3), 1, 3, null).change()).isNull();
        assertThat(new SessionPain(LocalDate.of(2025, 3, 3), 1, null, 3).change()).isNull();
    }

    @Test
    void exactlySixClassesAtTheLevelIsEnoughAndFiveIsNot() {
        assertThat(advise(2, "3-3 3-3 3-2 3-3 3-2 3-3")).isPresent();
        assertThat(advise(2, "3-3 3-2 3-3 3-2 3-3")).isEmpty();
    }

    @Test
    void onlyClassesAtTheCurrentLevelCountTowardsMovingUp() {
        List<SessionPain> history = new ArrayList<>(classes(1, "5-3 5-3 5-3"));
        history.addAll(classes(2, "3-3 3-2 3-3"));

        assertThat(ProgressionAdvisor.advise(history, 2, LEVELS, Thresholds.DEFAULTS)).isEmpty();
    }

    @Test
    void withoutAnAcceptedLevelTheLatestClassesLevelCounts() {
        Optional<Suggestion> suggestion = ProgressionAdvisor.advise(classes(1, "5-3 5-3 5-3 5-4 5-3 5-4"), null,
                LEVELS, Thresholds.DEFAULTS);

        assertThat(suggestion).map(Suggestion::toLevel).contains(2);
    }

    @Test
    void theReasonSaysWhyInPlainWords() {
        assertThat(advise(2, "4-3 4-3 3-2 3-3 3-2 3-3").orElseThrow().reason()).isEqualTo(
                "Your last 4 classes ended with pain 2-3, which suits Level 3 Aqua Conditioning (pain 0-3). "
                        + "You have come to 6 classes at Level 2 and had no flare-up in the last 3.");
        assertThat(advise(2, "3-5 3-6").orElseThrow().reason()).isEqualTo(
                "Your pain rose by 2 points or more during each of your last 2 classes (a flare-up). "
                        + "Level 1 Gentle Mobility is gentler and may suit you better for now.");
        assertThat(advise(0, "8-_").orElseThrow().reason()).isEqualTo(
                "You started your class on 3 March with pain 8, which is high. Level 0 Warm Water Relief is "
                        + "already the gentlest level: a rest day or two, then gentle movement again, may help.");
    }

    @Test
    void painBeforeOfEightOnTheFirstClassSuggestsMovingDown() {
        assertThat(advise(1, "8-6")).map(Suggestion::direction).contains(Direction.DOWN);
        assertThat(advise(0, "9-9")).map(Suggestion::direction).contains(Direction.REST);
    }

    @Test
    void changedThresholdsChangeTheAdvice() {
        String fourCalmClasses = "3-3 3-2 3-3 3-2";
        assertThat(advise(2, fourCalmClasses)).isEmpty();
        Thresholds sooner = new Thresholds(4, 4, 3, 2, 2, 8);
        assertThat(ProgressionAdvisor.advise(classes(2, fourCalmClasses), 2, LEVELS, sooner))
                .map(Suggestion::direction).contains(Direction.UP);

        Thresholds flareAtThree = new Thresholds(6, 4, 3, 3, 2, 8);
        assertThat(advise(2, "3-5 3-5")).map(Suggestion::direction).contains(Direction.DOWN);
        assertThat(ProgressionAdvisor.advise(classes(2, "3-5 3-5"), 2, LEVELS, flareAtThree)).isEmpty();

        Thresholds highAtSeven = new Thresholds(6, 4, 3, 2, 2, 7);
        assertThat(advise(2, "7-7")).isEmpty();
        assertThat(ProgressionAdvisor.advise(classes(2, "7-7"), 2, LEVELS, highAtSeven))
                .map(Suggestion::direction).contains(Direction.DOWN);

        Thresholds oneFlareIsEnough = new Thresholds(6, 4, 3, 2, 1, 8);
        assertThat(advise(2, "3-3 3-5")).isEmpty();
        assertThat(ProgressionAdvisor.advise(classes(2, "3-3 3-5"), 2, LEVELS, oneFlareIsEnough))
                .map(Suggestion::direction).contains(Direction.DOWN);
    }

    @Test
    void theNextLevelsPainRangeComesFromTheLevels() {
        List<LevelRange> stricter = List.of(LEVELS.get(0), LEVELS.get(1), LEVELS.get(2),
                new LevelRange(3, "Aqua Conditioning", 0, 2));
        String endedAtThree = "4-3 4-3 3-2 3-3 3-2 3-3";

        assertThat(advise(2, endedAtThree)).isPresent();
        assertThat(ProgressionAdvisor.advise(classes(2, endedAtThree), 2, stricter, Thresholds.DEFAULTS)).isEmpty();
    }

    @Test
    void noHistoryNoAdvice() {
        assertThat(ProgressionAdvisor.advise(List.of(), 2, LEVELS, Thresholds.DEFAULTS)).isEmpty();
    }
}
