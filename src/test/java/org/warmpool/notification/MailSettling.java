package org.warmpool.notification;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** E-mails go out on a background thread after the commit: tests wait until none is left to send. */
final class MailSettling {

    private MailSettling() {
    }

    /** Waits (at most 30 s) until {@code pendingCount}, a count of messages still waiting, is zero. */
    static void awaitNoneWaiting(JdbcTemplate jdbc, String pendingCount) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject(pendingCount, Integer.class) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("E-mails still waiting to be sent after 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
