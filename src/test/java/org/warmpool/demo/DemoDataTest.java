package org.warmpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.security.SystemTasks.callAsStaff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.warmpool.booking.OpenCredit;
import org.warmpool.booking.OpenCredits;
import org.warmpool.booking.Waitlist;
import org.warmpool.booking.WaitlistService;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.participant.Condition;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.progress.ClassPain;
import org.warmpool.progress.Direction;
import org.warmpool.progress.Progress;
import org.warmpool.progress.ProgressService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.report.AttendanceReport;
import org.warmpool.report.ClassReports;
import org.warmpool.report.MissedPlace;
import org.warmpool.report.OutcomeGroup;
import org.warmpool.report.OutcomesReportService;
import org.warmpool.report.ReportFilter;
import org.warmpool.schedule.RosterService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;

/**
 * The demo clinic shows every feature at once, as its users see it through the services. It is
 * loaded into a database of its own, in a time zone where it is early afternoon now, so that the
 * answer does not depend on when the build runs.
 */
@SpringBootTest(properties = {"warmpool.demo-data.enabled=true",
    "spring.datasource.url=jdbc:h2:mem:demo-data-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
@ActiveProfiles("test")
class DemoDataTest {

    @DynamicPropertySource
    static void earlyAfternoonInTheClinic(DynamicPropertyRegistry registry) {
        int hours = 13 - Instant.now().atZone(ZoneOffset.UTC).getHour();
        registry.add("warmpool.clinic.time-zone", () -> ZoneOffset.ofHours(hours).getId());
    }

    @Autowired
    ProgressService progress;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    ClassReports classReports;
    @Autowired
    ScheduleService schedule;
    @Autowired
    WaitlistService waitlists;
    @Autowired
    RosterService rosters;
    @Autowired
    InstructorService instructors;
    @Autowired
    Clock clock;
    @Autowired
    OutcomesReportService outcomes;
    @Autowired
    org.warmpool.pool.PoolService pools;
    @Autowired
    OpenCredits openCredits;

    @Test
    void patHasMonthsOfPainBeforeAndAfterClassAndASuggestionToMoveUp() {
        Progress pat = callAsStaff(() -> progress.of(participant("Pat Morgan")));

        List<ClassPain> classes = pat.classes();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(15);
        assertThat(ChronoUnit.WEEKS.between(classes.get(0).date(), classes.get(classes.size() - 1).date()))
                .isGreaterThanOrEqualTo(8);
        assertThat(classes).allSatisfy(c -> {
            assertThat(c.date()).isBefore(today());
            assertThat(c.before()).isBetween(0, 10);
            assertThat(c.after()).isBetween(0, 10);
        });
        assertThat(classes.get(0).before()).isGreaterThan(classes.get(classes.size() - 1).before());
        Progress.SuggestionSummary suggestion = pat.openSuggestion().orElseThrow();
        assertThat(suggestion.direction()).isEqualTo(Direction.UP);
        assertThat(suggestion.headline()).isEqualTo("Move up to Level 2 Stretch & Strengthen");
        assertThat(suggestion.reason()).contains("ended with pain 3-4", "Level 1");
    }

    @Test
    void theTherapyPoolHasTwoMonthsOfWaterReadingsWithTheHeatersBadWeek() {
        long therapy = callAsStaff(() -> pools.listAll()).stream().filter(p -> p.getName().equals("Therapy pool"))
                .findFirst().orElseThrow().getId();

        var readings = callAsStaff(() -> pools.temperatureLog(therapy));

        assertThat(readings).hasSizeGreaterThanOrEqualTo(20);
        assertThat(readings.get(readings.size() - 1).getOccurredAt())
                .isBefore(clock.instant().minus(java.time.Duration.ofDays(56)));
        assertThat(readings).extracting(org.warmpool.pool.TemperatureReading::getCelsius)
                .anySatisfy(celsius -> assertThat(celsius).isLessThan(new java.math.BigDecimal("32.0")));
        assertThat(readings.get(0).getCelsius()).isEqualByComparingTo("34.0");
    }

    @Test
    void theReportsShowALateCancellationAndANoShow() {
        AttendanceReport report = callAsStaff(() -> classReports.attendance(ReportFilter.between(
                today().minusWeeks(11), today())));

        assertThat(report.missed()).filteredOn(place -> place.participantName().equals("Pat Morgan"))
                .extracting(MissedPlace::what).contains("Late cancellation", "No-show");
    }

    @Test
    void theFrontDeskHasOpenMakeUpCreditsOneExpiringWithinTwoWeeksAndOthersLater() {
        List<OpenCredit> open = callAsStaff(() -> openCredits.list());

        assertThat(open).extracting(OpenCredit::participantName)
                .containsExactly("Lee Wong", "Joan Fairweather", "Maria Santos", "Tom Byrne");
        OpenCredit lee = open.get(0);
        assertThat(lee.expiringSoon()).isTrue();
        assertThat(lee.validUntil()).isAfterOrEqualTo(today())
                .isBefore(today().plusDays(OpenCredits.EXPIRING_WITHIN_DAYS));
        assertThat(lee.fromDate()).isBefore(today());
        assertThat(open.subList(1, open.size())).allSatisfy(later -> {
            assertThat(later.expiringSoon()).isFalse();
            assertThat(later.validUntil()).isAfter(today().plusDays(OpenCredits.EXPIRING_WITHIN_DAYS));
            assertThat(later.fromDate()).isAfter(today());
            assertThat(later.fromClass()).isEqualTo("Level 1 Gentle Mobility");
        });
        // The later class was cancelled through the schedule: it shows as cancelled, with its reason.
        ScheduledSession cancelled = upcoming().stream().filter(ScheduledSession::cancelled)
                .filter(s -> s.date().equals(open.get(1).fromDate())).findFirst().orElseThrow();
        assertThat(cancelled.cancelReason()).isEqualTo(DemoCredits.FUTURE_REASON);
        assertThat(cancelled.seatsTaken()).isZero();
    }

    @Test
    void anaHasAClassLaterTodayOnHerNowAndNextCardAndThisWeeksClassesHaveInstructors() {
        Instructor ana = callAsStaff(() -> instructors.forUser("ana@warmpool.example").orElseThrow());

        ScheduledSession next = ProgressTestData.asInstructor(ana, () -> rosters.myNowOrNext()).orElseThrow();
        assertThat(next.date()).isEqualTo(today());
        assertThat(next.seatsTaken()).isPositive();

        List<ScheduledSession> comingThisWeek = thisWeek().stream()
                .filter(s -> s.date().atTime(s.start()).atZone(clock.getZone()).toInstant().isAfter(clock.instant()))
                .toList();
        assertThat(comingThisWeek).isNotEmpty();
        // Saturday's Level 1 class is left without one on purpose, to show "Cover needed".
        assertThat(comingThisWeek).filteredOn(s -> !(s.levelNumber() == 1
                && s.date().getDayOfWeek() == DayOfWeek.SATURDAY && s.start().equals(LocalTime.of(10, 0))))
                .allSatisfy(s -> assertThat(s.instructorName()).as(s.date() + " " + s.start()).isNotNull());
    }

    @Test
    void aClassStartingWithinTwelveHoursHasPeopleBookedSoALateCancellationAndCheckInCanBeTriedAtOnce() {
        Instant now = clock.instant();

        List<ScheduledSession> soon = upcoming().stream().filter(s -> {
            Instant start = s.date().atTime(s.start()).atZone(clock.getZone()).toInstant();
            return start.isAfter(now) && start.isBefore(now.plus(Duration.ofHours(12))) && s.seatsTaken() > 0;
        }).toList();

        assertThat(soon).isNotEmpty();
        assertThat(soon.get(0).instructorName()).isNotNull();
    }

    @Test
    void aFullClassHasAWaitlist() {
        List<ScheduledSession> full = upcoming().stream().filter(s -> s.seatsTaken() == s.capacity()).toList();
        assertThat(full).isNotEmpty();

        Waitlist waitlist = callAsStaff(() -> waitlists.waitlist(full.get(0).id()));
        assertThat(waitlist.seatsFree()).isZero();
        assertThat(waitlist.entries()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void leeHasALevelThatStaffAccepted() {
        Progress lee = callAsStaff(() -> progress.of(participant("Lee Wong")));

        assertThat(lee.currentLevel()).isEqualTo(3);
        assertThat(lee.openSuggestion()).isEmpty();
        assertThat(lee.classes()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void theOutcomesReportHasGroupsOfFiveOrMoreWithQuestionnaireFigures() {
        List<OutcomeGroup> groups = callAsStaff(() -> outcomes.report(ReportFilter.between(today().minusDays(30),
                today())));

        assertThat(groups).allSatisfy(group -> assertThat(group.shown()).as(group.name()).isTrue());
        assertThat(groups).extracting(g -> g.name() + ": " + g.participants() + ", " + g.painImprovedText() + ", up "
                + g.movesUp() + ", " + g.after6Text() + ", " + g.after12Text()).containsExactly(
                        "Level 1 Gentle Mobility: 7, 3 of 7 (43%), up 0, 2 of 6 (33%), 5 of 6 (83%)",
                        "Level 2 Stretch & Strengthen: 6, 4 of 6 (67%), up 1, 2 of 5 (40%), 3 of 5 (60%)",
                        Condition.HERNIATED_DISC.label() + ": 8, 5 of 8 (63%), up 1, 2 of 7 (29%), 4 of 7 (57%)",
                        Condition.SPINAL_STENOSIS.label() + ": 5, 2 of 5 (40%), up 0, fewer than 5, fewer than 5");
    }

    private long participant(String name) {
        return callAsStaff(() -> records.search(name, PageRequest.of(0, 1)).get(0).id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<ScheduledSession> thisWeek() {
        return callAsStaff(() -> schedule.week(today(), null));
    }

    private List<ScheduledSession> upcoming() {
        List<ScheduledSession> sessions = new ArrayList<>(callAsStaff(() -> schedule.week(today(), null)));
        sessions.addAll(callAsStaff(() -> schedule.week(today().plusWeeks(1), null)));
        return sessions.stream().filter(s -> s.date().atTime(s.start()).atZone(clock.getZone()).toInstant()
                .isAfter(clock.instant())).toList();
    }
}
