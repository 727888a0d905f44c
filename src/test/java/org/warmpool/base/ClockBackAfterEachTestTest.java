package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;

/** Tests no longer put the clock back themselves: ClockBackAfterEachTest does it after every test. */
@SpringBootTest
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockBackAfterEachTestTest {

    @Autowired
    TestClock clock;

    @Test
    @Order(1)
    void aTestMovesTheClockAYearAhead() {
        clock.moveTo(Clock.systemUTC().instant().plus(Duration.ofDays(365)));
        assertThat(clock.instant()).isAfter(Clock.systemUTC().instant().plus(Duration.ofDays(300)));
    }

    @Test
    @Order(2)
    void theNextTestFindsItAtTheRealTimeAgain() {
        assertThat(Duration.between(Clock.systemUTC().instant(), clock.instant()).abs())
                .isLessThan(Duration.ofMinutes(1));
    }
}
