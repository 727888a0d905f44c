package org.warmpool.base;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bean Validation's "past" and "future" mean the clinic's today, from the application's clock. */
@Configuration
class ClinicClockForValidation {

    @Bean
    ValidationConfigurationCustomizer clinicClockProvider(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
