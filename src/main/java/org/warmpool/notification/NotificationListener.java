package org.warmpool.notification;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.warmpool.booking.BookingNotice;

/**
 * The inbox row is written in the booking's own transaction (no booking without its message, no
 * message without its booking); the e-mail goes only once the booking is committed, so a slow or
 * broken mail server never undoes a booking, and it is sent on a background thread, one at a time,
 * so nobody waits for the mail server.
 */
@Component
class NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);

    private final Inbox inbox;
    private final MailDelivery delivery;
    private final ThreadPoolTaskExecutor sender;

    NotificationListener(Inbox inbox, MailDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
        // Off the user's request: a slow or unreachable mail server must not keep them waiting.
        this.sender = new ThreadPoolTaskExecutor();
        sender.setCorePoolSize(1);
        sender.setMaxPoolSize(1);
        sender.setQueueCapacity(10_000);
        sender.setThreadNamePrefix("mail-");
        sender.initialize();
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    @EventListener
    void onBookingNotice(BookingNotice notice) {
        inbox.store(notice);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationStored stored) {
        try {
            sender.execute(() -> deliver(stored.notificationId()));
        } catch (TaskRejectedException shuttingDown) {
            // Still PENDING: the retry job sends it after the next start.
            LOG.warn("Message {} waits for the retry job", stored.notificationId());
        }
    }

    private void deliver(long notificationId) {
        try {
            delivery.deliver(notificationId);
        } catch (RuntimeException unexpected) {
            // The booking is committed; the retry job picks the message up later.
            LOG.warn("Could not record the e-mail of message {}", notificationId, unexpected);
        }
    }
}
