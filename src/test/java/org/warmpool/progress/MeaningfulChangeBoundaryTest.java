package org.warmpool.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clear change on the progress page is 2 points or more either way (NRS); 1 is not. */
class MeaningfulChangeBoundaryTest {

    @ParameterizedTest(name = "pain {0} -> {1}: clear change {2}")
    @CsvSource({
            "4, 6, true",   // +2
            "4, 5, false",  // +1
            "4, 4, false",  // 0
            "4, 3, false",  // -1
            "4, 2, true",   // -2
            "0, 10, true",
            "10, 9, false"})
    void aChangeOfExactlyTwoIsClearAndOfOneIsNot(int before, int after, boolean clear) {
        ClassPain pain = new ClassPain(1, LocalDate.of(2026, 12, 3), LocalTime.of(10, 0), 1, "Level 1", before, after);

        assertThat(pain.change()).isEqualTo(after - before);
        assertThat(pain.meaningfulChange()).isEqualTo(clear);
    }
}
