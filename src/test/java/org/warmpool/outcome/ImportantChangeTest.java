package org.warmpool.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportantChangeTest {

    @ParameterizedTest(name = "{0} to {1}, threshold {2}: {3}")
    @CsvSource({
            "14, 9, 5, IMPROVED",
            "14, 10, 5, NO_IMPORTANT_CHANGE",
            "9, 14, 5, WORSENED",
            "9, 13, 5, NO_IMPORTANT_CHANGE",
            "7, 7, 5, NO_IMPORTANT_CHANGE",
            "42.0, 32.0, 10, IMPROVED",
            "42.0, 32.1, 10, NO_IMPORTANT_CHANGE",
            "35.6, 46.0, 10, WORSENED",
            "35.6, 45.5, 10, NO_IMPORTANT_CHANGE"})
    void aLowerScoreIsLessDisabilityAndOnlyAChangeOfAtLeastTheThresholdCounts(String before, String after,
            String threshold, ImportantChange expected) {
        assertThat(ImportantChange.between(new BigDecimal(before), new BigDecimal(after), new BigDecimal(threshold)))
                .isEqualTo(expected);
    }

    @Test
    void aThresholdOfZeroWouldCallEveryWobbleImportant() {
        assertThatThrownBy(() -> ImportantChange.between(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO))
                .hasMessageContaining("above zero");
    }
}
