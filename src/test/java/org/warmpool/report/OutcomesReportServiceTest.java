package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.privacy.ErasureService;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.report.OutcomesCalculator.AttendedClass;
import org.warmpool.report.OutcomesCalculator.EarlyClasses;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChange;
import org.warmpool.schedule.SessionChangeService;

/**
 * The outcomes report reads each participant's first classes from the table the application keeps
 * as attendance and pain are recorded ({@link FirstClasses}). Its figures must be those the raw
 * rows give: every attended class of each participant, oldest first, counted again here.
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
        assertThat(keptForEveryone()).isEqualTo(computedForEveryone());
        assertThat(kept(moved.participantId()).twelfth())
                .isEqualTo(today.atTime(14, 0).atZone(clinic.timeZone()).toInstant());
        assertThat(kept(first.participantId()).attended()).isEqualTo(14);
        assertThat(kept(gone.participantId()).firstPainBefore()).as("erased: no pain kept").isNull();
        assertThat(kept(noShow.participantId()).sixth()).isEqualTo(startOf(past.get(6)).toInstant());

        // And so the report, with several filters: the period's first day and the one before it.
        for (ReportFilter filter : List.of(ReportFilter.between(today.minusDays(30), today),
                ReportFilter.between(today.minusDays(31), today.minusDays(1)),
                new ReportFilter(today.minusDays(30), today, null, level(2), null),
                new ReportFilter(today.minusDays(100), today, past.get(3).poolId(), null, null))) {
            List<OutcomeGroup> reported = asStaff(() -> reports.report(filter));
            OutcomesCalculator.Input read = asStaff(() -> reports.input(filter));
            List<OutcomeGroup> fromEveryClass = OutcomesCalculator.calculate(new OutcomesCalculator.Input(read.pairs(),
                    read.conditions(), computedForEveryone(), read.moves(), read.answers(), read.thresholds()));
            assertThat(reported).as(filter.toString()).isEqualTo(fromEveryClass);
        }
        // Not a comparison of hidden figures: a level of the month is shown, with its shares.
        assertThat(asStaff(() -> reports.report(ReportFilter.between(today.minusDays(30), today))))
                .anySatisfy(group -> {
                    assertThat(group.shown()).isTrue();
                    assertThat(group.painImproved().base()).isGreaterThanOrEqualTo(5);
                    assertThat(group.after6().base()).isGreaterThanOrEqualTo(5);
                    assertThat(group.after12().base()).isGreaterThanOrEqualTo(1);
                });
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
        assertThat(kept).isEqualTo(computedForEveryone().get(busy.participantId()));
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

    private void answer(Registered who, OffsetDateTime at, int score) {
        jdbc.update("INSERT INTO questionnaire_answer (version, participant_id, kind, answered_at, answers, score) "
                + "VALUES (0, ?, 'RMDQ', ?, ?, ?)", who.participantId(), at, "Y".repeat(score) + "N".repeat(24 - score),
                BigDecimal.valueOf(score));
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

    /** The straightforward way: every attended class of a class held, oldest first, per participant. */
    private Map<Long, EarlyClasses> computedForEveryone() {
        Map<Long, List<AttendedClass>> attended = new HashMap<>();
        jdbc.query("SELECT a.participant_id, x.starts_at, ap.pain_before FROM booking a "
                + "JOIN class_session x ON x.id = a.session_id LEFT JOIN pain_check_in ap ON ap.booking_id = a.id "
                + "WHERE a.attendance = 'ATTENDED' AND x.status = 'SCHEDULED' "
                + "ORDER BY a.participant_id, x.starts_at, a.id", rs -> {
                    attended.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                            .add(new AttendedClass(instant(rs, 2), rs.getObject(3, Integer.class)));
                });
        Map<Long, EarlyClasses> computed = new HashMap<>();
        attended.forEach((participant, theirs) -> computed.put(participant, EarlyClasses.of(theirs)));
        return computed;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
