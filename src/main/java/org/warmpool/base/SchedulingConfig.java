package org.warmpool.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs (reminders the day before a class, e-mail retries). On unless
 * {@code warmpool.scheduling.enabled=false}: the tests switch them off and call the jobs directly.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "warmpool.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
