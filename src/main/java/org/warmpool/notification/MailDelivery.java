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

    /**
     * The first attempt, right after the message was stored, in its own transaction; the row lock
     * keeps two nodes from sending it twice.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void deliver(long notificationId) {
        notifications.lockById(notificationId).filter(Notification::awaitsMail).ifPresent(this::attempt);
    }

    /**
     * Another attempt for the retry job, if the message is still due once its row is locked: a
     * node that picked it at the same moment as another waits for that one's attempt and then
     * finds it sent, or not due again until its next pause is over.
     *
     * @return whether an attempt was made
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean retryIfDue(long notificationId, Instant now, Instant stalePending) {
        return notifications.lockById(notificationId).filter(n -> n.dueForRetry(now, stalePending))
                .map(notification -> {
                    attempt(notification);
                    return true;
                }).orElse(false);
    }

    private void attempt(Notification notification) {
        long notificationId = notification.getId();
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
