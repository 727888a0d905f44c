package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
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

/** The participant's "My bookings" around the start of a class they are checked in for. */
class MyBookingsBeforeClassTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private AttendanceService attendance;
    @Autowired
    private CancellationService cancellations;
    @Autowired
    private TestClock clock;

    @Test
    void checkedInTwentyMinutesBeforeTheStartTheParticipantReadsCheckedInWithoutCancelAndACancelledPlaceIsNotComingUp() {
        ClassDay day = ClassDay.ahead(clock.getZone());
        ScheduledSession session = data.session(2, 8, day.date(), "11:00");
        ScheduledSession nextWeek = data.session(2, 8, day.date().plusDays(7), "11:00");
        ParticipantTestData.Registered pia = data.cleared("Pia Checkedin");
        clock.moveTo(day.dayBeforeAt("12:00"));
        long booking = asStaff(() -> bookings.bookFor(pia.participantId(), session.id(), false, null)).bookingId();
        long later = asStaff(() -> bookings.bookFor(pia.participantId(), nextWeek.id(), false, null)).bookingId();
        as(pia, () -> cancellations.cancel(later));
        clock.moveTo(day.at("10:40"));
        asStaff(() -> {
            attendance.mark(booking, Attendance.ATTENDED);
            return null;
        });
        login(pia.userId(), pia.email(), pia.name(), Role.PARTICIPANT);

        navigate("my-bookings");

        UnorderedList comingUp = _get(UnorderedList.class, spec -> spec.withId("upcoming"));
        assertThat(_find(comingUp, ListItem.class)).hasSize(1);
        assertThat(comingUp.getElement().getTextRecursively()).contains("Checked in").doesNotContain("Attended")
                .doesNotContain("Cancelled");
        _assertNone(comingUp, Button.class, spec -> spec.withText("Cancel my place"));
        UnorderedList cancelled = _get(UnorderedList.class, spec -> spec.withId("cancelled"));
        assertThat(cancelled.getElement().getTextRecursively()).contains("Cancelled");
        _assertNone(Button.class, spec -> spec.withText("Cancel my place"));
    }
}
