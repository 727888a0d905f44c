package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.FirstClasses;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.outcome.QuestionnaireService;
import org.warmpool.participant.Condition;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.privacy.ErasureService;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.report.OutcomesCalculator.EarlyClasses;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChange;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.schedule.StaffingService;

/**
 * The outcomes report reads the tables the application keeps as attendance, pain, classes, intakes
 * and questionnaires change ({@link FirstClasses}). Its figures must be those the raw rows give:
 * every attended class of each participant, oldest first, counted again here
 * ({@link EveryAttendedClass}); and the kept rows must be those computed again from scratch.
 */
@SpringBootTest
@ActiveProfiles("test")
class OutcomesReportServiceTest {

    @Autowired
    OutcomesReportService reports;
    @Autowired
    AttendanceService attendance;
    @Autowired
    BookingService bookings;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionChangeService sessionChanges;
    @Autowired
    ErasureService erasure;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClinicSettings clinic;
    @Autowired
    TestClock clock;
    @Autowired
    StaffingService staffing;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    ScheduleTestData timetable;
    @Autowired
    IntakeService intakes;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ProgrammeSettingsService programme;

    @BeforeEach
    void everyRowAsTheBookingsHaveIt() {
        // Other tests write classes by plain SQL: start from the table as migration V28 fills it.
        FirstClasses.rebuild(jdbc);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theReportHasTheFiguresThatEveryAttendedClassGivesAfterCorrectionsAndChanges() {
        List<Registered> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(data.cleared("Outcome " + i));
        }
        Registered gone = data.cleared("Outcome Erased");
        // A class a week, the oldest 80 days ago: 31 days ago is the day before the report's 30 days.
        int[] daysAgo = {80, 73, 66, 59, 52, 45, 38, 31, 30, 24, 17, 10, 3};
        Registered[] booked = six.toArray(Registered[]::new);
        List<ScheduledSession> past = new ArrayList<>();
        for (int k = 0; k < daysAgo.length; k++) {
            past.add(classes.pastClass(k % 3 == 0 ? 1 : 2, daysAgo[k], null, booked));
        }
        for (int k = 0; k < past.size(); k++) {
            for (int p = 0; p < six.size(); p++) {
                int before = k < 5 ? 7 : p < 3 ? 4 : 6;
                classes.record(past.get(k), six.get(p), before, before - 1 + k % 2);
            }
        }
        classes.record(classes.pastClass(2, 12, null, gone), gone, 6, 5);
        classes.record(classes.pastClass(2, 5, null, gone), gone, 6, 5);
        Registered first = six.get(0);
        Registered noShow = six.get(1);
        Registered corrected = six.get(2);
        Registered painChanged = six.get(3);
        Registered moved = six.get(4);
        // Did not come to the 3rd class: the 6th attended is now the 7th class.
        mark(past.get(2), noShow, Attendance.NO_SHOW);
        // Checked in by mistake on the 2nd and corrected; marked absent on the 5th, then came after all.
        mark(past.get(1), corrected, Attendance.NO_SHOW);
        mark(past.get(4), corrected, Attendance.NO_SHOW);
        mark(past.get(4), corrected, Attendance.ATTENDED);
        // Pain before the 1st entered again, pain before the 6th taken away (only after remains).
        classes.record(past.get(0), painChanged, 3, 3);
        classes.record(past.get(5), painChanged, null, 5);
        classes.record(past.get(1), painChanged, null, null);
        // Eleven attended classes before today's: today's is the 12th, then moved later in the day.
        mark(past.get(11), moved, Attendance.NO_SHOW);
        mark(past.get(12), moved, Attendance.NO_SHOW);
        // Questionnaires before the first class, and after the 6th and the 12th (one at 13:00 today).
        OffsetDateTime start = startOf(past.get(0)).minusDays(2);
        for (Registered who : six) {
            answer(who, start, 16);
            answer(who, startOf(past.get(8)).plusHours(2), who == first ? 8 : 15);
        }
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        answer(moved, today.atTime(13, 0).atZone(clinic.timeZone()).toOffsetDateTime(), 6);
        answer(first, today.atTime(13, 0).atZone(clinic.timeZone()).toOffsetDateTime(), 6);

        clock.moveTo(today.atTime(12, 0).atZone(clinic.timeZone()).toInstant());
        ScheduledSession twelfth = data.session(2, 6, today, "12:20");
        as(moved, () -> bookings.bookForMe(twelfth.id(), false));
        as(first, () -> bookings.bookForMe(twelfth.id(), false));
        mark(twelfth, moved, Attendance.ATTENDED);
        mark(twelfth, first, Attendance.ATTENDED);
        assertThat(kept(moved.participantId()).twelfth()).isEqualTo(data.startOf(twelfth));
        asStaff(() -> {
            SessionChange later = schedule.changeFor(twelfth.id());
            later.setStartTime(LocalTime.of(14, 0));
            sessionChanges.editSession(twelfth.id(), later);
            erasure.erase(gone.participantId(), ErasureService.CONFIRMATION_WORD);
            return null;
        });

        // The table, for everyone, as the bookings have it now.
        assertThat(keptForEveryone()).isEqualTo(EveryAttendedClass.firstClasses(jdbc));
        assertThat(kept(moved.participantId()).twelfth())
                .isEqualTo(today.atTime(14, 0).atZone(clinic.timeZone()).toInstant());
        assertThat(kept(first.participantId()).attended()).isEqualTo(14);
        assertThat(kept(gone.participantId()).firstPainBefore()).as("erased: no pain kept").isNull();
        assertThat(kept(noShow.participantId()).sixth()).isEqualTo(startOf(past.get(6)).toInstant());

        // Each value the report's rows carry changes: pain at today's class, which then moves to
        // tomorrow in another pool and gets an instructor; three send a new intake with another cause.
        classes.record(twelfth, moved, 5, 3);
        classes.record(twelfth, first, 6, 6);
        Instructor teacher = asStaff(() -> instructors.qualified("Outcome Teacher"));
        long otherPool = asStaff(() -> {
            SessionChange tomorrow = schedule.changeFor(twelfth.id());
            tomorrow.setDate(today.plusDays(1));
            tomorrow.setPool(timetable.warmPool());
            sessionChanges.editSession(twelfth.id(), tomorrow);
            staffing.assign(twelfth.id(), teacher.getId());
            return tomorrow.getPool().getId();
        });
        clock.reset(); // sent after their first intake, sent at the real time
        clock.moveTo(clock.instant().plusSeconds(3600));
        for (Registered who : six.subList(3, 6)) {
            asStaff(() -> {
                intakes.savePain(who.participantId(), 5, PainDuration.TWO_TO_11_WEEKS, null);
                intakes.saveCause(who.participantId(), Condition.SPINAL_STENOSIS);
                intakes.saveRedFlags(who.participantId(), Set.of());
                intakes.saveContraindications(who.participantId(), Set.of());
                intakes.saveAccess(who.participantId(), false, false, EnumSet.of(DayOfWeek.MONDAY),
                        EnumSet.noneOf(TimeOfDay.class));
                return intakes.submit(who.participantId());
            });
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT session_date, pool_id, instructor_id, condition_code "
                + "FROM outcome_class WHERE booking_id = ?", classes.bookingOf(twelfth, moved));
        assertThat(row).containsEntry("SESSION_DATE", java.sql.Date.valueOf(today.plusDays(1)))
                .containsEntry("POOL_ID", otherPool).containsEntry("INSTRUCTOR_ID", teacher.getId())
                .containsEntry("CONDITION_CODE", "SPINAL_STENOSIS");

        // And so the report, with several filters: the period's first day and the one before it.
        for (ReportFilter filter : List.of(ReportFilter.between(today.minusDays(30), today),
                ReportFilter.between(today.minusDays(31), today.minusDays(1)),
                ReportFilter.between(today.minusDays(30), today.plusDays(1)),
                new ReportFilter(today.minusDays(30), today, null, level(2), null),
                new ReportFilter(today.minusDays(100), today, past.get(3).poolId(), null, null),
                new ReportFilter(today.minusDays(100), today.plusDays(1), otherPool, null, null),
                new ReportFilter(today.minusDays(100), today.plusDays(1), null, null, teacher.getId()))) {
            List<OutcomeGroup> reported = asStaff(() -> reports.report(filter));
            List<OutcomeGroup> fromEveryClass = OutcomesCalculator.calculate(asStaff(
                    () -> EveryAttendedClass.input(jdbc, filter, programme.current(), clinic)));
            assertThat(reported).as(filter.toString()).isEqualTo(fromEveryClass);
        }
        // Not a comparison of hidden figures: a level of the month is shown, with its shares.
        List<OutcomeGroup> month = asStaff(() -> reports.report(ReportFilter.between(today.minusDays(30),
                today.plusDays(1))));
        assertThat(month).anySatisfy(group -> {
            assertThat(group.dimension()).isEqualTo(OutcomeGroup.Dimension.LEVEL);
            assertThat(group.shown()).isTrue();
            assertThat(group.painImproved().base()).isGreaterThanOrEqualTo(5);
            assertThat(group.after6().base()).isGreaterThanOrEqualTo(5);
            assertThat(group.after12().base()).isGreaterThanOrEqualTo(1);
        });
        // Three and three by their latest intake: both groups too small to show.
        assertThat(month).filteredOn(group -> group.dimension() == OutcomeGroup.Dimension.CONDITION)
                .extracting(OutcomeGroup::name, OutcomeGroup::visibility).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Condition.HERNIATED_DISC.label(),
                                OutcomeGroup.Visibility.FEWER_THAN_5),
                        org.assertj.core.groups.Tuple.tuple(Condition.SPINAL_STENOSIS.label(),
                                OutcomeGroup.Visibility.FEWER_THAN_5));

        // Every kept row as computed again from scratch (as the migrations fill the tables).
        List<Map<String, Object>> rows = outcomeRows();
        List<Map<String, Object>> participants = jdbc.queryForList(
                "SELECT * FROM participant_first_classes ORDER BY participant_id");
        FirstClasses.rebuild(jdbc);
        assertThat(rows).isEqualTo(outcomeRows());
        assertThat(participants).isEqualTo(jdbc.queryForList(
                "SELECT * FROM participant_first_classes ORDER BY participant_id"));
    }

    private List<Map<String, Object>> outcomeRows() {
        return jdbc.queryForList("SELECT * FROM outcome_class ORDER BY booking_id");
    }

    @Test
    void attendanceMarkedAtOnceForOneParticipantFromManyThreadsIsAllCounted() throws Exception {
        Registered busy = data.cleared("Outcome Busy");
        List<ScheduledSession> past = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            past.add(classes.pastClass(2, 40 - 4 * k, null, busy));
        }
        List<Long> bookingIds = past.stream().map(s -> classes.bookingOf(s, busy)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(bookingIds.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> marked = new ArrayList<>();
            for (long bookingId : bookingIds) {
                marked.add(threads.submit(() -> {
                    go.await();
                    return asStaff(() -> {
                        attendance.mark(bookingId, Attendance.ATTENDED);
                        return null;
                    });
                }));
            }
            go.countDown();
            for (Future<?> each : marked) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        EarlyClasses kept = kept(busy.participantId());
        assertThat(kept.attended()).isEqualTo(8);
        assertThat(kept).isEqualTo(EveryAttendedClass.firstClasses(jdbc).get(busy.participantId()));
    }

    private void mark(ScheduledSession session, Registered who, Attendance marked) {
        long booking = classes.bookingOf(session, who);
        asStaff(() -> {
            attendance.mark(booking, marked);
            return null;
        });
    }

    private OffsetDateTime startOf(ScheduledSession session) {
        return data.startOf(session).atZone(clinic.timeZone()).toOffsetDateTime();
    }

    private long level(int number) {
        return jdbc.queryForObject("SELECT id FROM class_level WHERE level_number = ?", Long.class, number);
    }

    /** The participant answers Roland-Morris at that time, {@code score} statements applying. */
    private void answer(Registered who, OffsetDateTime at, int score) {
        Instant now = clock.instant();
        clock.moveTo(at.toInstant());
        List<Boolean> applies = new ArrayList<>(Collections.nCopies(score, true));
        applies.addAll(Collections.nCopies(24 - score, false));
        as(who, () -> questionnaires.answerRolandMorris(applies));
        clock.moveTo(now);
    }

    private EarlyClasses kept(long participantId) {
        return keptForEveryone().getOrDefault(participantId, EarlyClasses.NONE);
    }

    /** What the application keeps. */
    private Map<Long, EarlyClasses> keptForEveryone() {
        Map<Long, EarlyClasses> kept = new HashMap<>();
        jdbc.query("SELECT participant_id, attended_classes, first_starts_at, first_pain_before, sixth_starts_at, "
                + "sixth_pain_before, twelfth_starts_at FROM participant_first_classes", rs -> {
                    kept.put(rs.getLong(1), new EarlyClasses(rs.getInt(2), instant(rs, 3),
                            rs.getObject(4, Integer.class), instant(rs, 5), rs.getObject(6, Integer.class),
                            instant(rs, 7)));
                });
        return kept;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
