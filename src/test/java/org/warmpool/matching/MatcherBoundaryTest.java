package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warmpool.participant.Condition;
import org.warmpool.program.ExerciseBias;

/**
 * Each level's pain-range edges with the default levels (0: 6-10, 1: 4-7 or chronic, 2: 2-5,
 * 3: 0-3), and the caps of chronic pain (12 weeks or more) and high pain (7 or more): gentle
 * levels only. One row per edge; a refusal must say why in words.
 */
class MatcherBoundaryTest {

    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    @ParameterizedTest(name = "level {0}, pain {1}, {2} weeks: offered {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0 | 5  | 2  | false | Level 0 Warm Water Relief is for pain 6 to 10; yours is 5
            0 | 6  | 2  | true  | -
            0 | 10 | 2  | true  | -
            1 | 3  | 2  | false | Level 1 Gentle Mobility is for pain 4 to 7; yours is 3
            1 | 4  | 2  | true  | -
            1 | 7  | 2  | true  | -
            1 | 8  | 2  | false | Level 1 Gentle Mobility is for pain 4 to 7; yours is 8
            1 | 3  | 11 | false | Level 1 Gentle Mobility is for pain 4 to 7; yours is 3
            1 | 3  | 12 | true  | -
            2 | 1  | 2  | false | Level 2 Stretch & Strengthen is for pain 2 to 5; yours is 1
            2 | 2  | 2  | true  | -
            2 | 5  | 2  | true  | -
            2 | 6  | 2  | false | Level 2 Stretch & Strengthen is for pain 2 to 5; yours is 6
            2 | 5  | 11 | true  | -
            2 | 5  | 12 | false | we suggest a gentler level first
            3 | 3  | 2  | true  | -
            3 | 4  | 2  | false | Level 3 Aqua Conditioning is for pain 0 to 3; yours is 4
            3 | 0  | 11 | true  | -
            3 | 0  | 12 | false | we suggest a gentler level first
            """)
    void eachLevelsPainEdgeAndTheChronicCap(int level, int pain, int weeks, boolean offered, String refusal) {
        MatchResult result = match(level, pain, weeks);

        assertThat(result.recommendations()).hasSize(offered ? 1 : 0);
        if (!offered) {
            assertThat(ReasonWords.rejection(result.rejections().get(0))).contains(refusal);
        }
    }

    /** High pain starts at 7: at 6 the level whose range holds it is offered, at 7 only the gentle ones. */
    @ParameterizedTest(name = "pain {0}: levels offered {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6 | 0 1
            7 | 0 1
            5 | 1 2
            """)
    void theHighPainCapKeepsToTheGentleLevels(int pain, String levels) {
        List<Integer> offered = java.util.stream.IntStream.rangeClosed(0, 3)
                .filter(level -> !match(level, pain, 2).recommendations().isEmpty()).boxed().toList();

        assertThat(offered).containsExactlyElementsOf(java.util.Arrays.stream(levels.split(" "))
                .map(Integer::valueOf).toList());
    }

    private MatchResult match(int level, int pain, int weeks) {
        Profile profile = MatchingFixtures.profile(pain, weeks, Condition.OTHER_OR_UNKNOWN);
        Candidate session = MatchingFixtures.session(1, MatchingFixtures.LEVELS.get(level), ExerciseBias.NEUTRAL,
                "34.0");
        return matcher.match(profile, List.of(session));
    }
}
