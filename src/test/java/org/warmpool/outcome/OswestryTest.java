package org.warmpool.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OswestryTest {

    /** Ten section answers separated by spaces, "-" for a skipped section. */
    private static List<Integer> sections(String answers) {
        return Arrays.stream(answers.split(" ")).map(answer -> answer.equals("-") ? null : Integer.valueOf(answer))
                .toList();
    }

    /** The scoring instructions' own examples, the ends of the scale, and the skipped-section rule. */
    @ParameterizedTest(name = "[{0}] scores {1} of {2}: {3}%")
    @CsvSource({
            "'0 0 0 0 0 0 0 0 0 0', 0, 50, 0.0",
            "'5 5 5 5 5 5 5 5 5 5', 50, 50, 100.0",
            "'2 2 2 2 2 2 1 1 1 1', 16, 50, 32.0",
            "'2 2 2 2 2 2 1 1 1 -', 15, 45, 33.3",
            "'2 2 2 2 2 2 2 1 1 -', 16, 45, 35.6",
            "'3 - 3 3 3 3 3 3 3 -', 24, 40, 60.0",
            "'1 - 0 0 0 0 0 0 0 -', 1, 40, 2.5",
            "'5 5 5 5 5 5 5 5 4 -', 44, 45, 97.8"})
    void pointsScoredAsAPercentageOfThePointsPossibleOverTheAnsweredSections(String answers, int points,
            int possible, String percent) {
        Oswestry.Index index = Oswestry.score(sections(answers)).orElseThrow();

        assertThat(index.points()).isEqualTo(points);
        assertThat(index.possiblePoints()).isEqualTo(possible);
        assertThat(index.percent()).isEqualByComparingTo(percent);
    }

    @Test
    void moreThanTwoSkippedSectionsGiveNoIndex() {
        assertThat(Oswestry.score(sections("1 1 1 1 1 1 1 - - -"))).isEmpty();
        assertThat(Oswestry.score(sections("- - - - - - - - - -"))).isEmpty();
        assertThat(Oswestry.score(sections("1 1 1 1 1 1 1 1 - -"))).isPresent();
    }

    @Test
    void answersOutsideTheSectionsScaleOrTheWrongNumberOfSectionsAreRefused() {
        assertThatThrownBy(() -> Oswestry.score(sections("6 0 0 0 0 0 0 0 0 0"))).hasMessageContaining("0 to 5");
        assertThatThrownBy(() -> Oswestry.score(sections("0 0 0 0 0 0 0 0 -1 0"))).hasMessageContaining("0 to 5");
        assertThatThrownBy(() -> Oswestry.score(sections("0 0 0 0 0 0 0 0 0"))).hasMessageContaining("10 sections");
    }

    @Property
    void anIndexIsAlwaysBetweenNoneAndFullDisabilityAndRisesWithEveryPoint(
            @ForAll @Size(10) List<@WithNull(0.15) @IntRange(min = 0, max = 4) Integer> answers) {
        Oswestry.score(answers).ifPresent(index -> {
            assertThat(index.percent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            int first = answers.indexOf(answers.stream().filter(a -> a != null).findFirst().orElseThrow());
            List<Integer> onePointMore = new java.util.ArrayList<>(answers);
            onePointMore.set(first, answers.get(first) + 1);
            assertThat(Oswestry.score(onePointMore).orElseThrow().percent()).isGreaterThan(index.percent());
        });
    }
}
