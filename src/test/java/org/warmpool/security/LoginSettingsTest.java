package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock and slow-down rules at their edges, with the default settings. */
class LoginSettingsTest {

    private final LoginSettings rules = new LoginSettings(null, null, null, null, null, null, null);
    private final Instant t0 = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutesFromTheFifth() {
        List<Instant> failures = List.of(t0, t0.plusSeconds(60), t0.plusSeconds(120), t0.plusSeconds(180),
                t0.plus(Duration.ofMinutes(15)));
        Instant fifth = failures.get(4);

        assertThat(rules.accountLockedUntil(failures, fifth.plusSeconds(1))).contains(fifth.plus(Duration.ofMinutes(15)));
        assertThat(rules.accountLockedUntil(failures, fifth.plus(Duration.ofMinutes(15)))).isEmpty();
        assertThat(rules.accountLockedUntil(failures.subList(0, 4), fifth)).as("four do not lock").isEmpty();
    }

    @Test
    void fiveFailuresSpanningMoreThanTheWindowDoNotLock() {
        List<Instant> failures = List.of(t0, t0.plusSeconds(60), t0.plusSeconds(120), t0.plusSeconds(180),
                t0.plus(Duration.ofMinutes(15)).plusSeconds(1));

        assertThat(rules.accountLockedUntil(failures, failures.get(4))).isEmpty();
    }

    @Test
    void theSlowDownStartsAfterThirtyFailuresAndDoublesToAtMostFiveMinutes() {
        assertThat(rules.addressWaitUntil(29, t0, t0)).isEmpty();
        assertThat(rules.addressWaitUntil(30, t0, t0)).contains(t0.plusSeconds(1));
        assertThat(rules.addressWaitUntil(31, t0, t0)).contains(t0.plusSeconds(2));
        assertThat(rules.addressWaitUntil(34, t0, t0)).contains(t0.plusSeconds(16));
        assertThat(rules.addressWaitUntil(40, t0, t0)).contains(t0.plus(Duration.ofMinutes(5)));
        assertThat(rules.addressWaitUntil(5_000, t0, t0)).contains(t0.plus(Duration.ofMinutes(5)));
        assertThat(rules.addressWaitUntil(31, t0, t0.plusSeconds(2))).isEqualTo(Optional.empty());
    }
}
