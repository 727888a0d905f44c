package org.warmpool.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.notification.NotificationService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

/** The participant page's "At a glance": next three classes, open make-up credits, messages. */
class ParticipantAtAGlanceTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private ScheduleService schedule;
    @Autowired
    private NotificationService messages;
    @Autowired
    private TestClock clock;

    private LocalDate day;
    private Registered ann;

    @BeforeEach
    void annHasFourClassesComingAndACreditFromAFifthTheClinicCancelled() {
        // Classes on days of their own, booked today: Ann is new, so these are her only bookings.
        day = LocalDate.now(clock).plusDays(22_000 + ThreadLocalRandom.current().nextInt(3_000));
        ann = data.cleared("Ann Glance");
        for (int i = 1; i <= 5; i++) {
            ScheduledSession session = data.session(2, 6, day.plusDays(i), "10:00");
            asStaff(() -> bookings.bookFor(ann.participantId(), session.id(), false, null));
            if (i == 5) {
                asStaff(() -> {
                    schedule.cancelSession(session.id(), "Pool closed for repairs");
                    return null;
                });
            }
        }
    }

    @Test
    void theDeskSeesTheNextThreeClassesTheCreditAndTheUnreadMessagesEachWithItsFullList() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        int sent = asStaff(() -> messages.sentTo(ann.participantId(), 100)).size();

        navigate("participant/" + ann.participantId());

        Section next = _get(Section.class, spec -> spec.withId("glance-next-classes"));
        List<String> classes = items(next);
        assertThat(classes).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(classes.get(i)).startsWith(day.plusDays(i + 1).format(ClinicFormats.DAY_SHORT)
                    + " at 10:00: Level 2 Stretch & Strengthen, ").endsWith(" (Booked)");
        }
        Anchor allBookings = _get(next, Anchor.class);
        assertThat(allBookings.getText()).isEqualTo("All 4 bookings");
        assertThat(allBookings.getHref()).isEqualTo("participant/" + ann.participantId()
                + "#participant-bookings-heading");

        Section credits = _get(Section.class, spec -> spec.withId("glance-credits"));
        assertThat(credits.getElement().getTextRecursively()).contains("Valid until "
                + LocalDate.now(clock).plusDays(60).format(ClinicFormats.DAY_SHORT_YEAR) + " (for Level 2 Stretch & Strengthen, "
                + day.plusDays(5).format(ClinicFormats.DAY_SHORT) + ")");
        assertThat(_get(credits, Anchor.class).getHref()).isEqualTo("make-up-credits?participant="
                + ann.participantId());

        Section inbox = _get(Section.class, spec -> spec.withId("glance-messages"));
        assertThat(sent).isGreaterThanOrEqualTo(5);
        assertThat(inbox.getElement().getTextRecursively()).contains(sent + " unread messages.");
        assertThat(items(inbox)).hasSize(3);
        assertThat(_get(inbox, Anchor.class).getHref()).isEqualTo("participant/" + ann.participantId()
                + "#messages-sent");
    }

    @Test
    void onceTheParticipantHasReadTheirMessagesTheCardSaysAllRead() {
        long newest = as(ann, () -> messages.myMessages()).get(0).id();
        as(ann, () -> messages.markMineReadUpTo(newest));
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("participant/" + ann.participantId());

        assertThat(_get(Section.class, spec -> spec.withId("glance-messages")).getElement().getTextRecursively())
                .contains("All read.");
    }

    private static List<String> items(Section card) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(card, ListItem.class).stream()
                .map(ListItem::getText).toList();
    }
}
