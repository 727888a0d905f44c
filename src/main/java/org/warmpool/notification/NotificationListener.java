package org.warmpool.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.warmpool.booking.BookingNotice;

/**
 * The inbox row is written in the booking's own transaction (no booking without its message, no
 * message without its booking); the e-mail goes only once the booking is committed, so a slow or
 * broken mail server never undoes a booking.
 */
@Component
class NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);

    private final Inbox inbox;
    private final MailDelivery delivery;

    NotificationListener(Inbox inbox, MailDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
    }

    @EventListener
    void onBookingNotice(BookingNotice notice) {
        inbox.store(notice);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationStored stored) {
        try {
            delivery.deliver(stored.notificationId());
        } catch (RuntimeException unexpected) {
            // The booking is committed; the retry job picks the message up later.
            LOG.warn("Could not record the e-mail of message {}", stored.notificationId(), unexpected);
        }
    }
}
