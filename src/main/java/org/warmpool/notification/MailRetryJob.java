package org.warmpool.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Sends again the e-mails whose last attempt failed, once their pause is over. */
@Component
public class MailRetryJob {

    /** A message still PENDING this long after it was stored lost its first attempt (the app stopped). */
    static final Duration STALE_PENDING = Duration.ofMinutes(10);
    private static final int BATCH = 100;

    private final NotificationRepository notifications;
    private final MailDelivery delivery;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    MailRetryJob(NotificationRepository notifications, MailDelivery delivery, PlatformTransactionManager transactions,
            Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** @return how many messages were tried */
    @Scheduled(fixedDelayString = "${warmpool.mail.retry-every:PT1M}", initialDelayString = "PT1M")
    public int retryDue() {
        Instant now = clock.instant();
        List<Long> due = readOnly.execute(status -> notifications.findDue(now, now.minus(STALE_PENDING),
                PageRequest.ofSize(BATCH)));
        due.forEach(delivery::deliver);
        return due.size();
    }
}
