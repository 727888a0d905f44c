package org.warmpool.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.Mailer;

/**
 * Sends the e-mail copy of one message and records how it went. A failure is recorded for the
 * retry job, with a growing pause between attempts; after the last attempt it gives up.
 */
@Component
class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    /** The pause after the first, second, ... failed attempt; after the last one it gives up. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));
    static final int MAX_ATTEMPTS = BACKOFF.size() + 1;

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final Clock clock;

    MailDelivery(NotificationRepository notifications, Mailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** One attempt, in its own transaction; the row lock keeps two nodes from sending it twice. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deliver(long notificationId) {
        Notification notification = notifications.lockById(notificationId).orElse(null);
        if (notification == null || !notification.awaitsMail()) {
            return;
        }
        if (!mailer.isEnabled()) {
            notification.mailNoLongerNeeded();
            return;
        }
        try {
            mailer.send(notification.getEmail(), notification.getParticipantName(), notification.getTitle(),
                    notification.getBody());
            notification.mailSent(clock.instant());
        } catch (RuntimeException failed) {
            int attempt = notification.getAttempts() + 1;
            Instant next = attempt >= MAX_ATTEMPTS ? null : clock.instant().plus(BACKOFF.get(attempt - 1));
            notification.mailFailed(failed.getClass().getSimpleName() + ": " + failed.getMessage(), next);
            LOG.warn("E-mail for message {} failed (attempt {} of {}): {}", notificationId, attempt, MAX_ATTEMPTS,
                    failed.getMessage());
        }
    }
}
