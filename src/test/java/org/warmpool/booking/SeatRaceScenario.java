package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;
import static org.warmpool.RunTogether.runTogether;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduledSession;

/**
 * Many participants (or app nodes) book one class at the same moment: never more places than
 * the class has, the rest in one strict waitlist order, nothing lost. Run on H2 and PostgreSQL.
 */
abstract class SeatRaceScenario {

    private static final int PEOPLE = 200;
    private static final int PLACES = 10;

    @Autowired
    BookingService bookings;
    @Autowired
    CancellationService cancellations;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgrammeSettingsService programme;
    @Autowired
    NoticeRecorder notices;
    @Autowired
    JdbcTemplate jdbc;

    record Row(long bookingId, long participantId, String status, Long position) {
    }

    private List<Row> rows(long sessionId) {
        return jdbc.query("select id, participant_id, status, waitlist_position from booking where session_id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class)), sessionId);
    }

    private int seatsTaken(long sessionId) {
        return jdbc.queryForObject("select seats_taken from class_session where id = ?", Integer.class, sessionId);
    }

    @Test
    void twoHundredPeopleBookingTenPlacesAtOnce() throws Exception {
        ProgrammeSettings settings = asStaff(programme::current);
        int previousMax = settings.getMaxWaitlist();
        settings.setMaxWaitlist(PEOPLE);
        asStaff(() -> programme.save(settings));
        try {
            race();
        } finally {
            ProgrammeSettings again = asStaff(programme::current);
            again.setMaxWaitlist(previousMax);
            asStaff(() -> programme.save(again));
        }
    }

    private void race() throws Exception {
        ScheduledSession session = data.levelTwo(PLACES, 5, "07:00");
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(data.cleared("Racer " + i));
        }
        List<Callable<BookingResult>> attempts = people.stream()
                .map(p -> (Callable<BookingResult>) () -> as(p, () -> bookings.bookForMe(session.id(), true)))
                .toList();

        List<BookingResult> results = runTogether(attempts);

        assertThat(results).filteredOn(BookingResult::confirmed).hasSize(PLACES);
        List<Row> rows = rows(session.id());
        assertThat(rows).hasSize(PEOPLE);
        assertThat(rows.stream().map(Row::participantId).distinct()).hasSize(PEOPLE);
        assertThat(rows).filteredOn(r -> r.status().equals("CONFIRMED")).hasSize(PLACES);
        List<Row> waiting = rows.stream().filter(r -> r.status().equals("WAITLISTED"))
                .sorted(Comparator.comparing(Row::position)).toList();
        assertThat(waiting).hasSize(PEOPLE - PLACES);
        // Strict order: positions 1..190 without gaps, given in the order the bookings were made.
        assertThat(waiting).extracting(Row::position)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, PEOPLE - PLACES).boxed().toList());
        assertThat(waiting).extracting(Row::bookingId).isSorted();
        // What each participant was told matches what was stored.
        Map<Long, Row> byBooking = rows.stream().collect(Collectors.toMap(Row::bookingId, r -> r));
        for (BookingResult result : results) {
            Row row = byBooking.get(result.bookingId());
            assertThat(row.status()).isEqualTo(result.status().name());
            if (!result.confirmed()) {
                assertThat(waiting.indexOf(row) + 1).isEqualTo(result.waitlistPosition());
            }
        }
        assertThat(seatsTaken(session.id())).isEqualTo(PLACES);

        // Three with a place cancel at once: the first three in line get them, exactly once each.
        Map<Long, Registered> byParticipant = people.stream()
                .collect(Collectors.toMap(Registered::participantId, p -> p));
        List<Row> leaving = rows.stream().filter(r -> r.status().equals("CONFIRMED")).limit(3).toList();
        runTogether(leaving.stream().map(r -> (Callable<BookingSummary>) () -> as(
                byParticipant.get(r.participantId()), () -> cancellations.cancel(r.bookingId()))).toList());

        List<Row> after = rows(session.id());
        Map<Long, Row> afterByBooking = after.stream().collect(Collectors.toMap(Row::bookingId, r -> r));
        for (Row firstInLine : waiting.subList(0, 3)) {
            assertThat(afterByBooking.get(firstInLine.bookingId()).status()).isEqualTo("CONFIRMED");
        }
        assertThat(afterByBooking.get(waiting.get(3).bookingId()).status()).isEqualTo("WAITLISTED");
        assertThat(after).filteredOn(r -> r.status().equals("CONFIRMED")).hasSize(PLACES);
        assertThat(seatsTaken(session.id())).isEqualTo(PLACES);
        assertThat(notices.forSession(session.id(), BookingNotice.Kind.PROMOTED))
                .extracting(BookingNotice::bookingId)
                .containsExactlyInAnyOrderElementsOf(waiting.subList(0, 3).stream().map(Row::bookingId).toList());
    }

    @Test
    void twoRacingForTheLastPlaceWhileAThirdCancelsBothEndUpWithAPlace() throws Exception {
        for (int round = 0; round < 10; round++) {
            ScheduledSession session = data.levelTwo(2, 6, "07:" + (10 + round * 4));
            Registered holder = data.cleared("Holder");
            Registered first = data.cleared("Racer A");
            Registered second = data.cleared("Racer B");
            long held = as(holder, () -> bookings.bookForMe(session.id(), true)).bookingId();

            runTogether(List.<Callable<Object>>of(
                    () -> as(first, () -> bookings.bookForMe(session.id(), true)),
                    () -> as(second, () -> bookings.bookForMe(session.id(), true)),
                    () -> as(holder, () -> cancellations.cancel(held))));

            List<Row> rows = rows(session.id());
            assertThat(rows).filteredOn(r -> r.status().equals("CONFIRMED")).extracting(Row::participantId)
                    .containsExactlyInAnyOrder(first.participantId(), second.participantId());
            assertThat(rows).filteredOn(r -> r.status().equals("WAITLISTED")).isEmpty();
            assertThat(seatsTaken(session.id())).isEqualTo(2);
        }
    }
}
