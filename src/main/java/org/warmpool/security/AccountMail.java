package org.warmpool.security;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.warmpool.base.Mailer;

/**
 * E-mails about an account (a reset link, "someone tried to register with your address"). They
 * go on a background thread after the transaction commits, so that how long a page takes to
 * answer does not tell whether an address has an account. They are not retried: the person can
 * ask again.
 */
@Component
public class AccountMail {

    private static final Logger LOG = LoggerFactory.getLogger(AccountMail.class);

    private final Mailer mailer;
    private final String publicUrl;
    private final ThreadPoolTaskExecutor sender = new ThreadPoolTaskExecutor();

    AccountMail(Mailer mailer, @Value("${warmpool.public-url:}") String publicUrl) {
        this.mailer = mailer;
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
        sender.setCorePoolSize(1);
        sender.setMaxPoolSize(1);
        sender.setQueueCapacity(1_000);
        sender.setThreadNamePrefix("account-mail-");
        sender.initialize();
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    /** E-mail is set up. */
    public boolean isEnabled() {
        return mailer.isEnabled();
    }

    /**
     * A link in an e-mail that anyone can ask for needs the configured address of the application:
     * the address of the request is chosen by whoever sends it, and a link to their server would
     * hand them the token.
     */
    public boolean canSendLinks() {
        return mailer.isEnabled() && !publicUrl.isEmpty();
    }

    /** The configured address of the application ({@code warmpool.public-url}), or empty. */
    public String publicUrl() {
        return publicUrl;
    }

    /** Sends after the current transaction commits (at once when there is none), off the caller's thread. */
    public void sendLater(String to, String name, String subject, String text) {
        if (!mailer.isEnabled()) {
            return;
        }
        Runnable send = () -> {
            try {
                sender.execute(() -> {
                    try {
                        mailer.send(to, name, subject, text);
                    } catch (RuntimeException failed) {
                        LOG.warn("Account e-mail \"{}\" could not be sent: {}", subject, failed.getMessage());
                    }
                });
            } catch (TaskRejectedException busy) {
                LOG.warn("Account e-mail \"{}\" dropped: too many waiting", subject);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }
}
