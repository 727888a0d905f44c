package org.warmpool.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How log-ins are protected against guessing (docs/operations.md, "Login protection").
 *
 * @param maxFailures        failed log-ins for one e-mail address within {@code window} that lock it (5)
 * @param window             the time those failures must fall within (15 min)
 * @param lock               how long the address is then refused, from the last of them (15 min)
 * @param addressMaxFailures failed log-ins from one client address within {@code addressWindow} before
 *                           its attempts are slowed down (30)
 * @param addressWindow      the time those failures are counted over (15 min)
 * @param addressDelay       the wait after the last failure before the next attempt is let through, once
 *                           the client is slowed down; it doubles with every further failure (1 s)
 * @param addressMaxDelay    the longest such wait (5 min)
 */
@ConfigurationProperties("warmpool.login")
public record LoginSettings(Integer maxFailures, Duration window, Duration lock, Integer addressMaxFailures,
        Duration addressWindow, Duration addressDelay, Duration addressMaxDelay) {

    public LoginSettings {
        maxFailures = maxFailures == null ? 5 : maxFailures;
        window = window == null ? Duration.ofMinutes(15) : window;
        lock = lock == null ? Duration.ofMinutes(15) : lock;
        addressMaxFailures = addressMaxFailures == null ? 30 : addressMaxFailures;
        addressWindow = addressWindow == null ? Duration.ofMinutes(15) : addressWindow;
        addressDelay = addressDelay == null ? Duration.ofSeconds(1) : addressDelay;
        addressMaxDelay = addressMaxDelay == null ? Duration.ofMinutes(5) : addressMaxDelay;
        if (maxFailures < 1 || addressMaxFailures < 1) {
            throw new IllegalArgumentException("warmpool.login.max-failures and address-max-failures must be 1 or more");
        }
        if (window.isNegative() || window.isZero() || lock.isNegative() || addressWindow.isNegative()
                || addressWindow.isZero() || addressDelay.isNegative() || addressMaxDelay.compareTo(addressDelay) < 0) {
            throw new IllegalArgumentException("warmpool.login windows must be positive and address-max-delay "
                    + "at least address-delay");
        }
    }

    /** How far back the account's failures matter: a lock that is still on began within this time. */
    Duration accountLookBack() {
        return window.plus(lock);
    }

    /**
     * Whether an account is locked: some {@code maxFailures} of its failures (oldest first) fell within
     * {@code window}, and the last of them was less than {@code lock} ago.
     *
     * @return the end of the lock, if it is later than {@code now}
     */
    Optional<Instant> accountLockedUntil(List<Instant> failures, Instant now) {
        Instant until = null;
        for (int last = maxFailures - 1; last < failures.size(); last++) {
            Instant first = failures.get(last - maxFailures + 1);
            if (Duration.between(first, failures.get(last)).compareTo(window) <= 0) {
                Instant end = failures.get(last).plus(lock);
                until = until == null || end.isAfter(until) ? end : until;
            }
        }
        return until != null && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Whether a client address is slowed down: after {@code addressMaxFailures} failures within the
     * window, each attempt waits {@code addressDelay} after the latest failure, doubled for every
     * failure beyond, at most {@code addressMaxDelay}.
     *
     * @param failures the failures from the address within {@code addressWindow}
     * @param latest   the latest of them
     * @return until when the address's attempts are refused, if that is later than {@code now}
     */
    Optional<Instant> addressWaitUntil(long failures, Instant latest, Instant now) {
        if (failures < addressMaxFailures || latest == null) {
            return Optional.empty();
        }
        long doublings = Math.min(failures - addressMaxFailures, 30);
        Duration delay = addressDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(addressMaxDelay) > 0) {
            delay = addressMaxDelay;
        }
        Instant until = latest.plus(delay);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
