package org.warmpool.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every time-based rule, so that tests can fix "now". */
@Configuration
class TimeConfig {

    @Bean
    Clock clock(ClinicSettings clinic) {
        return Clock.system(clinic.timeZone());
    }
}
