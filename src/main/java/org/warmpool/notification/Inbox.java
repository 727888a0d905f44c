package org.warmpool.notification;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.InboxChanged;
import org.warmpool.base.Mailer;
import org.warmpool.booking.BookingNotice;

/** Writes messages into the inbox, inside the caller's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Inbox {

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(NotificationRepository notifications, Mailer mailer, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the message, and arranges its e-mail for after the commit.
     *
     * @return the stored message; empty for a reminder that was stored before
     */
    Optional<Notification> store(BookingNotice notice) {
        if (notice.kind() == BookingNotice.Kind.REMINDER && notifications.existsByReminderBookingId(notice.bookingId())) {
            return Optional.empty();
        }
        NotificationTexts.Text text = NotificationTexts.of(notice);
        // Inserted at once (an identity column gives the id); other changes wait for the commit's flush.
        Notification notification = notifications.save(
                new Notification(notice, text.title(), text.body(), clock.instant(), mailer.isEnabled()));
        events.publishEvent(new InboxChanged(notice.participantId()));
        if (notification.awaitsMail()) {
            events.publishEvent(new NotificationStored(notification.getId()));
        }
        return Optional.of(notification);
    }
}
