package org.warmpool.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RolandMorrisTest {

    /** Statements that apply, as their numbers 1 to 24, separated by spaces. */
    private static List<Boolean> answers(String applying) {
        List<Boolean> answers = new ArrayList<>(Collections.nCopies(RolandMorris.ITEMS, false));
        for (String number : applying.split(" ")) {
            if (!number.isBlank()) {
                answers.set(Integer.parseInt(number) - 1, true);
            }
        }
        return answers;
    }

    @ParameterizedTest(name = "statements [{0}] apply: score {1}")
    @CsvSource({
            "'', 0",
            "'1', 1",
            "'24', 1",
            "'2 5 9 13 17', 5",
            "'1 2 3 4 5 6 7 8 9 10 11 12', 12",
            "'1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23', 23",
            "'1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24', 24"})
    void eachStatementThatAppliesScoresOnePoint(String applying, int expected) {
        assertThat(RolandMorris.score(answers(applying))).isEqualTo(expected);
    }

    @Test
    void aFormWithoutAllTwentyFourAnswersHasNoScore() {
        assertThatThrownBy(() -> RolandMorris.score(Collections.nCopies(23, true)))
                .hasMessageContaining("24 statements");
        List<Boolean> oneUnanswered = answers("1 2");
        oneUnanswered.set(5, null);
        assertThatThrownBy(() -> RolandMorris.score(oneUnanswered)).hasMessageContaining("yes or a no");
    }
}
