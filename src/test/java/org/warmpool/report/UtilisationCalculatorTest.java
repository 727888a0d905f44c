package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilisationCalculatorTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = MONDAY.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);

    @Test
    void onlyClassesHeldOfferPlacesAndCancelledOnesAreCountedApart() {
        Utilisation report = UtilisationCalculator.calculate(List.of(
                session(1, MONDAY, "09:00", 1, "A", 8, false, 6, 5),
                session(2, MONDAY, "09:30", 1, "A", 8, true, 0, 0),
                session(3, MONDAY.plusDays(5), "09:00", 1, "A", 8, false, 3, 0)), NOW);

        assertThat(report.total()).isEqualTo(new Figures("All classes", 1, 1, 8, 6, 5));
        assertThat(report.stillToCome()).isEqualTo(1);
        assertThat(report.cell(DayOfWeek.MONDAY, 9).orElseThrow().figures())
                .isEqualTo(new Figures("Monday 09:00", 1, 1, 8, 6, 5));
        assertThat(report.cell(DayOfWeek.SATURDAY, 9)).isEmpty();
    }

    @Test
    void ratesAreWholePerCentRoundedHalfUpAndNoneWithoutPlaces() {
        assertThat(new Figures("x", 1, 0, 8, 1, 0).bookedRate()).isEqualTo(13); // 12.5
        assertThat(new Figures("x", 1, 0, 3, 2, 1).bookedRate()).isEqualTo(67);
        assertThat(new Figures("x", 1, 0, 3, 2, 1).attendedRate()).isEqualTo(33);
        assertThat(new Figures("x", 1, 0, 4, 5, 4).bookedRate()).isEqualTo(125);
        assertThat(new Figures("x", 0, 1, 0, 0, 0).bookedRate()).isNull();
        assertThat(Figures.percent(null)).isEqualTo("-");
        assertThat(Figures.percent(67)).isEqualTo("67%");
    }

    @Test
    void groupsByLevelNumberPoolWeekdayAndStartHour() {
        Utilisation report = UtilisationCalculator.calculate(List.of(
                session(1, MONDAY, "09:59", 10, "B", 4, false, 4, 4),
                session(2, MONDAY.plusDays(1), "09:00", 2, "A", 4, false, 2, 1),
                session(3, MONDAY.plusDays(1), "14:15", 2, "A", 4, false, 1, 1)), NOW);

        assertThat(report.byLevel()).extracting(Figures::label).containsExactly("Level 2 L", "Level 10 L");
        assertThat(report.byPool()).extracting(Figures::label).containsExactly("A", "B");
        assertThat(report.byWeekday()).extracting(Figures::label).containsExactly("Monday", "Tuesday");
        assertThat(report.byHour()).extracting(Figures::label, Figures::booked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("09:00", 6L),
                        org.assertj.core.groups.Tuple.tuple("14:00", 1L));
        assertThat(report.hours()).containsExactly(9, 10, 11, 12, 13, 14);
        assertThat(report.cell(DayOfWeek.MONDAY, 9).orElseThrow().figures().bookedRate()).isEqualTo(100);
    }

    static SessionFigures session(long id, LocalDate date, String start, int level, String pool, int capacity,
            boolean cancelled, long booked, long attended) {
        LocalTime time = LocalTime.parse(start);
        return new SessionFigures(id, date, time, date.atTime(time).toInstant(ZoneOffset.UTC), level, "L", pool,
                capacity, cancelled, booked, attended, 0, 0);
    }
}
