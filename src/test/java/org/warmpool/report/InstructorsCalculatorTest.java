package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmpool.instructor.CertificationType;
import org.warmpool.report.InstructorsCalculator.Certificate;
import org.warmpool.report.InstructorsCalculator.TaughtClass;

/** Hours per ISO week, cover from a series' regular instructor, certificates to renew. */
class InstructorsCalculatorTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 12, 30); // ISO week 2031-W01

    @Test
    void hoursAreCountedPerIsoWeekAndASeriesClassByAnotherInstructorIsCover() {
        List<TaughtClass> taught = new ArrayList<>();
        List<long[]> staffing = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long instructor = i == 6 ? 2 : 1;
            taught.add(new TaughtClass(instructor, instructor == 1 ? "Ivy" : "Jon", 70L, MONDAY.plusDays(i), 45));
            staffing.add(new long[] {70, instructor});
        }
        taught.add(new TaughtClass(2, "Jon", null, MONDAY, 60));

        InstructorsCalculator.Result result = InstructorsCalculator.calculate(taught, staffing, List.of(),
                MONDAY.plusDays(20));

        assertThat(result.weeks()).extracting(w -> w.instructorName() + " " + w.week() + " " + w.classes() + " "
                + w.minutes() + " " + w.cover()).containsExactly("Ivy 2031-W01 6 270 0", "Ivy 2031-W02 5 225 0",
                        "Jon 2031-W01 2 105 1");
        assertThat(result.totals()).extracting(t -> t.instructorName() + " " + t.minutes() + " " + t.cover())
                .containsExactly("Ivy 495 0", "Jon 105 1");
    }

    @Test
    void aSeriesWithATieHasNoRegularInstructor() {
        assertThat(InstructorsCalculator.regularInstructors(List.of(new long[] {1, 7}, new long[] {1, 8},
                new long[] {2, 7}, new long[] {2, 7}, new long[] {2, 8}))).containsOnlyKeys(2L).containsEntry(2L, 7L);
    }

    @Test
    void certificatesExpiringWithin60DaysAndExpiredOnesStillNeededAreListed() {
        LocalDate last = LocalDate.of(2031, 3, 31);
        List<Certificate> certificates = List.of(
                new Certificate(1, "Ivy", true, CertificationType.CPR_FIRST_AID, last.plusDays(30), null),
                new Certificate(1, "Ivy", true, CertificationType.AQUATIC_THERAPY, last.plusDays(61), null),
                new Certificate(1, "Ivy", true, CertificationType.WATER_RESCUE, last.minusDays(100), last),
                new Certificate(1, "Ivy", true, CertificationType.WATER_RESCUE, last.plusDays(300), last),
                new Certificate(2, "Jon", true, CertificationType.WATER_RESCUE, last.minusDays(25), last.minusDays(2)),
                new Certificate(2, "Jon", true, CertificationType.CPR_FIRST_AID, last.minusDays(10), last.minusDays(10)),
                new Certificate(3, "Kit", false, CertificationType.CPR_FIRST_AID, last.plusDays(5), null));

        assertThat(InstructorsCalculator.calculate(List.of(), List.of(), certificates, last).certificates())
                .extracting(a -> a.instructorName() + " " + a.type() + " " + a.daysLeft() + " " + a.expired())
                .containsExactly("Jon WATER_RESCUE -25 true", "Ivy CPR_FIRST_AID 30 false");
    }

    @Test
    void hoursForASpreadsheetAreDecimal() {
        assertThat(InstructorsReportService.hours(270)).isEqualTo("4.5");
        assertThat(InstructorsReportService.hours(225)).isEqualTo("3.75");
        assertThat(InstructorsReportService.hours(60)).isEqualTo("1");
    }
}
