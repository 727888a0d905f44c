package org.warmpool.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClusterJobs;

/**
 * Sends again the e-mails whose last attempt failed, once their pause is over. On one app node at
 * a time ({@link ClusterJobs}); each message is claimed under its row lock as well, so two runs
 * that overlap still send it once.
 */
@Component
public class MailRetryJob {

    static final String JOB = "mail-retries";
    /** A message still PENDING this long after it was stored lost its first attempt (the app stopped). */
    static final Duration STALE_PENDING = Duration.ofMinutes(10);
    /**
     * A run takes no new message after this long (a mail server that times out on every message),
     * so that it ends well within the job lock's time-to-live; the rest wait for the next run.
     */
    static final Duration RUN_BUDGET = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(MailRetryJob.class);

    private final NotificationRepository notifications;
    private final MailDelivery delivery;
    private final ClusterJobs jobs;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    MailRetryJob(NotificationRepository notifications, MailDelivery delivery, ClusterJobs jobs,
            PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.jobs = jobs;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** The scheduled run: skipped while another node runs the job. */
    @Scheduled(fixedDelayString = "${warmpool.mail.retry-every:PT1M}", initialDelayString = "PT1M")
    public void runOnThisNodeIfFree() {
        jobs.runOnce(JOB, this::retryDue);
    }

    /** @return how many messages were tried */
    public int retryDue() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Instant stalePending = now.minus(STALE_PENDING);
        List<Long> due = readOnly.execute(status -> notifications.findDue(now, stalePending, PageRequest.ofSize(BATCH)));
        int tried = 0;
        for (int i = 0; i < due.size(); i++) {
            long id = due.get(i);
            if (System.nanoTime() - started > RUN_BUDGET.toNanos()) {
                LOG.info("E-mail retries: {} of {} due messages wait for the next run", due.size() - i, due.size());
                break;
            }
            try {
                if (delivery.retryIfDue(id, now, stalePending)) {
                    tried++;
                }
            } catch (RuntimeException unexpected) {
                // A row lock that timed out behind another node's attempt, say: the next run sees it again.
                LOG.warn("E-mail retry of message {} could not run", id, unexpected);
            }
        }
        return tried;
    }
}
