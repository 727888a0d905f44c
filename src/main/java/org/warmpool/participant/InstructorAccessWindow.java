package org.warmpool.participant;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicSettings;

/**
 * When an instructor may read a participant's health data: from {@code before} (14 days) ahead
 * of a class they teach with the participant confirmed on it, until {@code after} (30 days)
 * after it, by the clinic's calendar. Counted in whole days; settings
 * {@code warmpool.privacy.instructor-access-before} and {@code ...-after}.
 */
@Component
class InstructorAccessWindow {

    private final Clock clock;
    private final ClinicSettings clinic;
    private final long daysBefore;
    private final long daysAfter;

    InstructorAccessWindow(Clock clock, ClinicSettings clinic,
            @Value("${warmpool.privacy.instructor-access-before:14d}") Duration before,
            @Value("${warmpool.privacy.instructor-access-after:30d}") Duration after) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("warmpool.privacy.instructor-access-before and -after cannot be "
                    + "negative");
        }
        this.clock = clock;
        this.clinic = clinic;
        this.daysBefore = before.toDays();
        this.daysAfter = after.toDays();
    }

    /** The earliest class date that opens a participant's health data today. */
    LocalDate firstClassDay() {
        return today().minusDays(daysAfter);
    }

    /** The latest class date that opens a participant's health data today. */
    LocalDate lastClassDay() {
        return today().plusDays(daysBefore);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(clinic.timeZone()));
    }
}
