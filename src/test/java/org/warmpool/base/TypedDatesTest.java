package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"14/3/1958", "14/03/1958", "14.3.1958", "14-3-1958", "1958-03-14", " 14/3/1958 "})
    void everyWayTheClinicWritesADateMeansTheSameDay(String typed) {
        assertThat(TypedDates.parse(typed)).contains(LocalDate.of(1958, 3, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"14/3", "3/1958", "1958", "1958-03", "Ana", "31/2/1958", "0161 496 0000", "", "14/3/58"})
    void partOfADateANameOrADayThatDoesNotExistIsNotADate(String typed) {
        assertThat(TypedDates.parse(typed)).isEmpty();
    }
}
