package org.warmpool.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warmpool.KaribuTest;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

class MessagesViewTest extends KaribuTest {

    @Autowired
    BookingTestData data;
    @Autowired
    BookingService bookings;

    @Test
    void aParticipantSeesTheUnreadCountOnTheBellReadsTheMessageAndTheCountGoesToNone() {
        ScheduledSession session = data.levelTwo(6, 9, "10:00");
        Registered ana = data.cleared("Ana Bell");
        login(ana.userId(), ana.email(), ana.name(), Role.PARTICIPANT);
        navigate("me");
        assertThat(bell().getAriaLabel()).contains("Messages, none unread");

        as(ana, () -> bookings.bookForMe(session.id(), false));
        navigate("me");
        assertThat(bell().getAriaLabel()).contains("Messages, 1 unread");
        assertThat(bell().isVisible()).isTrue();

        _click(bell());

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("messages");
        List<Article> messages = _find(Article.class);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.getElement().getTextRecursively())
                    .contains("New")
                    .contains("Your place is booked: Level 2 Stretch & Strengthen, "
                            + session.date().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK))
                            + " at 10:00 in " + session.poolName() + ".");
            assertThat(message.getClassNames()).contains("message-unread");
        });
        assertThat(bell().getAriaLabel()).contains("Messages, none unread");

        navigate("me");
        navigate("messages");
        assertThat(_find(Article.class)).singleElement()
                .satisfies(message -> assertThat(message.getClassNames()).doesNotContain("message-unread"));
    }

    @Test
    void theNewestMessageComesFirst() {
        ScheduledSession full = data.levelTwo(1, 9, "12:00");
        ScheduledSession other = data.levelTwo(6, 10, "12:00");
        Registered first = data.cleared("First Order");
        Registered ana = data.cleared("Ana Order");
        as(first, () -> bookings.bookForMe(full.id(), false));
        as(ana, () -> bookings.bookForMe(full.id(), true));
        as(ana, () -> bookings.bookForMe(other.id(), false));
        login(ana.userId(), ana.email(), ana.name(), Role.PARTICIPANT);

        navigate("messages");

        assertThat(_find(Article.class)).extracting(a -> a.getElement().getTextRecursively())
                .satisfiesExactly(
                        newest -> assertThat(newest).contains("Your place is booked"),
                        older -> assertThat(older).contains("You are number 1 on the waitlist"));
    }

    @Test
    void staffHaveNoMessagesBell() {
        login("desk@example.org", Role.FRONT_DESK);

        navigate("participants");

        assertThat(_find(Button.class, spec -> spec.withId("messages-bell")))
                .allSatisfy(bell -> assertThat(bell.isVisible()).isFalse());
    }

    @Test
    void theFrontDeskSeesOnTheParticipantsPageWhichMessagesWentOutAndHow() {
        ScheduledSession session = data.levelTwo(6, 9, "13:00");
        Registered ana = data.cleared("Ana Delivery");
        as(ana, () -> bookings.bookForMe(session.id(), false));
        login("desk@example.org", Role.FRONT_DESK);

        navigate("participant/" + ana.participantId());

        assertThat(_get(Component.class, spec -> spec.withId("messages-sent")).getElement().getTextRecursively())
                .contains("Messages sent")
                .contains("Your place is booked. In the app only");
    }

    private static Button bell() {
        Button bell = _get(Button.class, spec -> spec.withId("messages-bell"));
        assertThat(bell.getClassNames()).contains("messages-bell");
        return bell;
    }

}
