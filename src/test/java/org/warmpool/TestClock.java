package org.warmpool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicSettings;

/**
 * The application's clock in tests: the real time, until a test moves it to check a time
 * window (the late-cancellation window, the waitlist cut-off). {@link ClockBackAfterEachTest} puts it
 * back after every test.
 */
@Component
@Primary
public class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    TestClock(ClinicSettings clinic) {
        this.zone = clinic.timeZone();
    }

    /** From now on, "now" is {@code instant} and runs on with real time. */
    public void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.offset(Clock.system(other), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
