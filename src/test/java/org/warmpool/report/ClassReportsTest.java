package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.warmpool.security.SystemTasks.callAsStaff;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;

/** Every number of the utilisation, waitlists and attendance reports, against {@link ReportFixture}. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassReportsTest {

    @Autowired
    private ReportFixture fixture;
    @Autowired
    private ClassReports reports;
    @Autowired
    private TestClock clock;

    private ReportFixture.Built built;

    @BeforeAll
    void buildTheFixture() {
        built = fixture.shared();
    }

    @BeforeEach
    void theTuesdayOfTheSecondWeek() {
        clock.moveTo(fixture.afterwards(built));
    }

    @Test
    void utilisationCountsTheClassesHeldAndTheirPlaces() {
        Utilisation report = callAsStaff(() -> reports.utilisation(built.period()));

        // Held: S1, S2, S3, S5. Cancelled: S4. Still to come: S6.
        assertThat(report.total()).isEqualTo(new Figures("All classes", 4, 1, 18, 14, 11));
        assertThat(report.total().bookedRate()).isEqualTo(78); // 14 of 18
        assertThat(report.total().attendedRate()).isEqualTo(61); // 11 of 18
        assertThat(report.stillToCome()).isEqualTo(1);
        assertThat(report.byLevel()).extracting(Figures::label, Figures::held, Figures::cancelled, Figures::offered,
                Figures::booked, Figures::attended, Figures::bookedRate, Figures::attendedRate).containsExactly(
                tuple("Level 1 Gentle Mobility", 2, 1, 8L, 6L, 4L, 75, 50),
                tuple("Level 2 Stretch & Strengthen", 2, 0, 10L, 8L, 7L, 80, 70));
        assertThat(report.byPool()).extracting(Figures::label, Figures::held, Figures::cancelled, Figures::offered,
                Figures::booked, Figures::attended, Figures::bookedRate, Figures::attendedRate)
                .containsExactlyInAnyOrder(
                        tuple(built.poolA().getName(), 3, 0, 13L, 11L, 9L, 85, 69),
                        tuple(built.poolB().getName(), 1, 1, 5L, 3L, 2L, 60, 40));
        assertThat(report.byWeekday()).extracting(Figures::label, Figures::held, Figures::cancelled, Figures::offered,
                Figures::booked, Figures::attended, Figures::bookedRate, Figures::attendedRate).containsExactly(
                tuple("Monday", 3, 0, 13L, 9L, 6L, 69, 46),
                tuple("Wednesday", 1, 1, 5L, 5L, 5L, 100, 100));
        assertThat(report.byHour()).extracting(Figures::label, Figures::held, Figures::cancelled, Figures::offered,
                Figures::booked, Figures::attended, Figures::bookedRate, Figures::attendedRate).containsExactly(
                tuple("09:00", 3, 1, 13L, 11L, 9L, 85, 69),
                tuple("10:00", 1, 0, 5L, 3L, 2L, 60, 40));
        assertThat(report.cells()).extracting(Utilisation.Cell::weekday, Utilisation.Cell::hour).containsExactly(
                tuple(DayOfWeek.MONDAY, 9), tuple(DayOfWeek.MONDAY, 10), tuple(DayOfWeek.WEDNESDAY, 9));
        // Monday 09:00 is S1 and S5: 6 of 8 places booked, 4 attended.
        assertThat(report.cell(DayOfWeek.MONDAY, 9).orElseThrow().figures())
                .isEqualTo(new Figures("Monday 09:00", 2, 0, 8, 6, 4));
        assertThat(report.cell(DayOfWeek.MONDAY, 9).orElseThrow().figures().bookedRate()).isEqualTo(75);
        assertThat(report.cell(DayOfWeek.WEDNESDAY, 9).orElseThrow().figures())
                .isEqualTo(new Figures("Wednesday 09:00", 1, 1, 5, 5, 5));
        assertThat(report.cell(DayOfWeek.TUESDAY, 11)).isEmpty();
    }

    @Test
    void theFiltersNarrowTheClasses() {
        ReportFilter poolA = new ReportFilter(built.period().from(), built.period().to(), built.poolA().getId(), null,
                null);

        assertThat(callAsStaff(() -> reports.utilisation(poolA)).total())
                .isEqualTo(new Figures("All classes", 3, 0, 13, 11, 9));
        ReportFilter firstMonday = new ReportFilter(built.monday(), built.monday(), null, null, null);
        assertThat(callAsStaff(() -> reports.utilisation(firstMonday)).total())
                .isEqualTo(new Figures("All classes", 2, 0, 9, 7, 5));
    }

    @Test
    void waitlistsTellAutomaticFromByHandPromotionsAndWhoNeverGotIn() {
        var lines = callAsStaff(() -> reports.waitlists(built.period()));

        assertThat(lines).containsExactly(new WaitlistLine(built.s1(), built.monday(), LocalTime.of(9, 0),
                "Level 1 Gentle Mobility", built.poolA().getName(), 3, 1, 1, 1));
    }

    @Test
    void attendanceJoinsTheClassesWithTheLateCancellationsAndNoShows() {
        AttendanceReport report = callAsStaff(() -> reports.attendance(built.period()));

        assertThat(report.sessions()).extracting(SessionFigures::date, SessionFigures::start, SessionFigures::booked,
                SessionFigures::attended, SessionFigures::noShows, AttendanceReport::notMarked,
                SessionFigures::lateCancellations).containsExactly(
                tuple(built.monday(), LocalTime.of(9, 0), 4L, 3L, 1L, 0L, 1L),
                tuple(built.monday(), LocalTime.of(10, 0), 3L, 2L, 0L, 1L, 0L),
                tuple(built.monday().plusDays(2), LocalTime.of(9, 0), 5L, 5L, 0L, 0L, 0L),
                tuple(built.monday().plusDays(7), LocalTime.of(9, 0), 2L, 1L, 1L, 0L, 0L));
        assertThat(report.booked()).isEqualTo(14);
        assertThat(report.attended()).isEqualTo(11);
        assertThat(report.noShows()).isEqualTo(2);
        assertThat(report.notMarked()).isEqualTo(1);
        assertThat(report.lateCancellations()).isEqualTo(1);
        assertThat(report.missed()).extracting(MissedPlace::date, MissedPlace::participantName, MissedPlace::what)
                .containsExactly(
                        tuple(built.monday(), built.p5().name(), "No-show"),
                        tuple(built.monday(), built.p3().name(), "Late cancellation"),
                        tuple(built.monday().plusDays(7), built.p2().name(), "No-show"));
    }

    @Test
    void theNamesReadAPageAtATimeAreTheWholeListsRows() {
        AttendanceReport whole = callAsStaff(() -> reports.attendance(built.period()));
        AttendanceReport classes = callAsStaff(() -> reports.attendanceClasses(built.period()));

        assertThat(classes.sessions()).isEqualTo(whole.sessions());
        assertThat(callAsStaff(() -> reports.withNames(built.period(), classes))).as("the download").isEqualTo(whole);
        assertThat(classes.missedCount()).isEqualTo(whole.missed().size()).isEqualTo(3);
        for (int limit = 1; limit <= 4; limit++) {
            for (int offset = 0; offset <= 3; offset++) {
                long from = offset;
                int size = limit;
                assertThat(callAsStaff(() -> reports.missedPlaces(classes, from, size))).as("offset %d, limit %d", from, size)
                        .isEqualTo(whole.missed().subList(offset, Math.min(offset + limit, 3)));
            }
        }
    }
}
