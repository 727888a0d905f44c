package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ClinicFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    private static final LocalDateTime MOMENT = DAY.atTime(9, 5, 7);

    @Test
    void daysAndDatesReadTheWayTheClinicWritesThem() {
        assertThat(DAY.format(ClinicFormats.DAY_SHORT)).isEqualTo("Tue 3 Mar");
        assertThat(DAY.format(ClinicFormats.DAY_SHORT_YEAR)).isEqualTo("Tue 3 Mar 2026");
        assertThat(DAY.format(ClinicFormats.DAY_LONG)).isEqualTo("Tuesday 3 March");
        assertThat(DAY.format(ClinicFormats.DAY_LONG_YEAR)).isEqualTo("Tuesday 3 March 2026");
        assertThat(DAY.format(ClinicFormats.DATE_SHORT)).isEqualTo("3 Mar");
        assertThat(DAY.format(ClinicFormats.DATE_SHORT_YEAR)).isEqualTo("3 Mar 2026");
        assertThat(DAY.format(ClinicFormats.DATE_LONG)).isEqualTo("3 March");
        assertThat(DAY.format(ClinicFormats.DATE_LONG_YEAR)).isEqualTo("3 March 2026");
    }

    @Test
    void timesUseTheTwentyFourHourClock() {
        assertThat(MOMENT.format(ClinicFormats.TIME)).isEqualTo("09:05");
        assertThat(MOMENT.format(ClinicFormats.DAY_SHORT_TIME)).isEqualTo("Tue 3 Mar, 09:05");
        assertThat(MOMENT.format(ClinicFormats.DAY_LONG_TIME)).isEqualTo("Tuesday 3 March, 09:05");
        assertThat(MOMENT.format(ClinicFormats.DATE_SHORT_TIME)).isEqualTo("3 Mar, 09:05");
        assertThat(MOMENT.format(ClinicFormats.DAY_SHORT_YEAR_SECONDS)).isEqualTo("Tue 3 Mar 2026, 09:05:07");
    }

    @Test
    void weekdaysTemperaturesAndLengthsOfTimeInPlainWords() {
        assertThat(ClinicFormats.weekday(DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(ClinicFormats.celsius(new BigDecimal("34"))).isEqualTo("34 °C");
        assertThat(ClinicFormats.celsius(new BigDecimal("33.5"))).isEqualTo("33.5 °C");
        assertThat(ClinicFormats.hoursAndMinutes(0)).isEqualTo("0 h");
        assertThat(ClinicFormats.hoursAndMinutes(45)).isEqualTo("0 h 45 min");
        assertThat(ClinicFormats.hoursAndMinutes(120)).isEqualTo("2 h");
        assertThat(ClinicFormats.hoursAndMinutes(90)).isEqualTo("1 h 30 min");
        assertThat(ClinicFormats.minutes(java.time.Duration.ofMinutes(15))).isEqualTo("15 minutes");
        assertThat(ClinicFormats.minutes(java.time.Duration.ofSeconds(30))).isEqualTo("1 minute");
        assertThat(ClinicFormats.minutes(java.time.Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    }
}
