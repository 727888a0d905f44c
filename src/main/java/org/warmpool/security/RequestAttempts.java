package org.warmpool.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.base.ClusterJobs;

/**
 * The counts behind the login protection and the request limits, kept in {@code request_attempt}
 * so that every app node sees the same ones.
 * <p>
 * An attempt is written and committed before it is decided on, and then counted with the rows
 * that are committed by then: of two attempts at the same moment, on one node or two, the later
 * to count sees the other, so no more attempts pass than the limit allows, without holding a lock
 * or a database connection while the password is checked. A refused attempt's row is removed, so
 * that knocking on a locked door does not keep it locked.
 */
@Component
public class RequestAttempts {

    /** The client address stored when the request has none (a log-in from a test or a tool). */
    static final String UNKNOWN_ADDRESS = "unknown";
    static final String PURGE_JOB = "request-attempt-purge";
    private static final Logger LOG = LoggerFactory.getLogger(RequestAttempts.class);

    private final RequestAttemptRepository attempts;
    private final TransactionTemplate ownTransaction;
    private final ClusterJobs jobs;
    private final Clock clock;
    private final LoginSettings login;
    private final RequestLimitSettings limits;

    RequestAttempts(RequestAttemptRepository attempts, PlatformTransactionManager transactions, ClusterJobs jobs,
            Clock clock, LoginSettings login, RequestLimitSettings limits) {
        this.attempts = attempts;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.clock = clock;
        this.login = login;
        this.limits = limits;
    }

    /**
     * A client asks to register or for a reset link: the request is counted, unless the address has
     * made as many as the limit within the window already.
     *
     * @param clientAddress the address the request came from ({@code getRemoteAddr()})
     * @return empty when the request may go ahead; otherwise when the address may ask again
     */
    public Optional<Instant> tryRequest(RequestAction action, String clientAddress) {
        String address = clientAddress(clientAddress);
        long own = begin(action, null, address);
        Instant since = clock.instant().minus(limits.window());
        long made = ownTransaction.execute(status -> attempts.countFrom(action, address, since, -1));
        if (made <= limits.limitFor(action)) {
            return Optional.empty();
        }
        forget(own);
        Instant oldest = ownTransaction.execute(status -> attempts.oldestFrom(action, address, since));
        LOG.info("A {} request from {} was refused: {} in the last {}", action, address, made - 1, limits.window());
        return Optional.of((oldest == null ? clock.instant() : oldest).plus(limits.window()));
    }

    /** A log-in attempt for this account key from this address, counted as failed until it succeeds. */
    long beginLogin(String accountKey, String clientAddress) {
        return begin(RequestAction.LOGIN, accountKey, clientAddress(clientAddress));
    }

    /**
     * Whether the attempt just begun must be refused before its password is checked: its account
     * is locked, or its client address is slowed down.
     *
     * @return until when, if so
     */
    Optional<Instant> loginRefusedUntil(long attempt, String accountKey, String clientAddress) {
        String address = clientAddress(clientAddress);
        Instant now = clock.instant();
        return ownTransaction.execute(status -> {
            List<Instant> failures = attempts.loginTimes(accountKey, now.minus(login.accountLookBack()), attempt);
            Optional<Instant> locked = login.accountLockedUntil(failures, now);
            Instant since = now.minus(login.addressWindow());
            long fromAddress = attempts.countFrom(RequestAction.LOGIN, address, since, attempt);
            Optional<Instant> slowed = fromAddress < login.addressMaxFailures() ? Optional.empty()
                    : login.addressWaitUntil(fromAddress,
                            attempts.latestFrom(RequestAction.LOGIN, address, since, attempt), now);
            return Stream.of(locked, slowed).flatMap(Optional::stream).max(Instant::compareTo);
        });
    }

    /** A successful log-in: the account's failures are forgotten, its count starts again. */
    void loginSucceeded(String accountKey) {
        ownTransaction.executeWithoutResult(status -> attempts.forgetLogins(accountKey));
    }

    /** A refused attempt is not counted. */
    void forget(long attempt) {
        ownTransaction.executeWithoutResult(status -> attempts.deleteById(attempt));
    }

    /** The scheduled purge, on one app node at a time (a second purge at once would find nothing left). */
    @Scheduled(fixedDelayString = "${warmpool.requests.purge-every:PT10M}", initialDelayString = "PT1M")
    public void purgeOnThisNodeIfFree() {
        jobs.runOnce(PURGE_JOB, this::purge);
    }

    /** Removes the rows that no limit looks at any more. */
    public int purge() {
        Instant now = clock.instant();
        Duration logins = Stream.of(login.accountLookBack(), login.addressWindow()).max(Duration::compareTo)
                .orElseThrow();
        return ownTransaction.execute(status -> attempts.purgeBefore(Set.of(RequestAction.LOGIN), now.minus(logins))
                + attempts.purgeBefore(Set.of(RequestAction.REGISTER, RequestAction.PASSWORD_RESET),
                        now.minus(limits.window())));
    }

    private long begin(RequestAction action, String accountKey, String address) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Counted before it is committed, an attempt could slip past a limit: see the class comment.
            throw new IllegalStateException("An attempt must be counted outside a transaction");
        }
        return ownTransaction.execute(status -> attempts.save(new RequestAttempt(action, accountKey, address,
                clock.instant())).getId());
    }

    static String clientAddress(String raw) {
        if (raw == null || raw.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        String address = raw.strip();
        return address.length() > RequestAttempt.ADDRESS_MAX_LENGTH
                ? address.substring(0, RequestAttempt.ADDRESS_MAX_LENGTH) : address;
    }
}
