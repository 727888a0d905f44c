package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.booking.CancellationService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

class ReportsViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private CancellationService cancellations;
    @Autowired
    private AttendanceService attendance;
    @Autowired
    private TestClock clock;

    @Test
    void theReportListsLateCancellationsAndNoShowsWithTotals() {
        ClassDay day = ClassDay.ahead(clock.getZone());
        ScheduledSession session = data.session(2, 8, day.date(), "11:00");
        ParticipantTestData.Registered ann = data.cleared("Ann Late");
        ParticipantTestData.Registered cat = data.cleared("Cat Late");
        ParticipantTestData.Registered ben = data.cleared("Ben Absent");
        ParticipantTestData.Registered dot = data.cleared("Dot Early");
        clock.moveTo(day.date().minusDays(3).atStartOfDay(clock.getZone()).toInstant().plusSeconds(9 * 3600));
        long annBooking = book(ann, session);
        long catBooking = book(cat, session);
        long benBooking = book(ben, session);
        long dotBooking = book(dot, session);
        as(dot, () -> cancellations.cancel(dotBooking)); // days ahead: not late
        clock.moveTo(day.at("08:00"));
        as(ann, () -> cancellations.cancel(annBooking));
        as(cat, () -> cancellations.cancel(catBooking));
        clock.moveTo(day.at("12:30"));
        login("desk@warmpool.example", Role.FRONT_DESK);
        attendance.mark(benBooking, Attendance.NO_SHOW);

        navigate("reports");

        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("First day"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withLabel("Last day"));
        assertThat(from.getValue()).isEqualTo(day.date().minusDays(30));
        assertThat(to.getValue()).isEqualTo(day.date());
        _setValue(from, day.date());

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-totals")).getText())
                .isEqualTo("2 late cancellations, 1 no-show");
        assertThat(rows()).containsExactlyInAnyOrder(
                List.of(day.date().format(DAY), "11:00", "Level 2 Stretch & Strengthen", ann.name(), "Late cancellation"),
                List.of(day.date().format(DAY), "11:00", "Level 2 Stretch & Strengthen", cat.name(), "Late cancellation"),
                List.of(day.date().format(DAY), "11:00", "Level 2 Stretch & Strengthen", ben.name(), "No-show"));

        _setValue(from, day.date().plusDays(1));

        assertThat(to.getValue()).isEqualTo(day.date().plusDays(1));

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-totals")).getText())
                .isEqualTo("0 late cancellations, 0 no-shows");
        assertThat(rows()).isEmpty();
    }

    private long book(ParticipantTestData.Registered participant, ScheduledSession session) {
        return asStaff(() -> bookings.bookFor(participant.participantId(), session.id(), false, null)).bookingId();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<?> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
    }
}
