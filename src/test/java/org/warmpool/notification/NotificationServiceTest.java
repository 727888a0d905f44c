package org.warmpool.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.schedule.ScheduledSession;

@SpringBootTest
@ActiveProfiles("test")
class NotificationServiceTest {

    @Autowired
    BookingTestData data;
    @Autowired
    BookingService bookings;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository repository;

    @Test
    void aParticipantCannotReadAnotherParticipantsMessages() {
        ScheduledSession session = data.levelTwo(6, 9, "15:00");
        Registered ana = data.cleared("Ana Private");
        Registered bob = data.cleared("Bob Curious");
        as(ana, () -> bookings.bookForMe(session.id(), false));
        long anasMessage = as(ana, notifications::myMessages).get(0).id();

        assertThat(as(bob, notifications::myMessages)).isEmpty();
        assertThatThrownBy(() -> as(bob, () -> notifications.open(anasMessage)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findById(anasMessage).orElseThrow().getReadAt()).as("still unread").isNull();
        assertThatThrownBy(() -> asStaff(notifications::myMessages)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(bob, () -> notifications.sentTo(ana.participantId(), 10)))
                .as("the delivery list is for staff").isInstanceOf(AccessDeniedException.class);

        assertThat(as(ana, () -> notifications.open(anasMessage)).title()).isEqualTo("Your place is booked");
        assertThat(as(ana, notifications::forCurrentUser)).hasValue(0);
    }

    @Test
    void withoutEmailSetUpTheMessageIsInTheInboxOnly() {
        ScheduledSession session = data.levelTwo(6, 9, "16:00");
        Registered ana = data.cleared("Ana Inbox");

        as(ana, () -> bookings.bookForMe(session.id(), false));

        assertThat(repository.findByParticipantIdOrderByCreatedAtDescIdDesc(ana.participantId())).singleElement()
                .satisfies(n -> {
                    assertThat(n.getMailStatus()).isEqualTo(MailStatus.NOT_NEEDED);
                    assertThat(n.getUserId()).isEqualTo(ana.userId());
                    assertThat(n.getReadAt()).isNull();
                });
        assertThat(as(ana, notifications::forCurrentUser)).hasValue(1);
    }
}
