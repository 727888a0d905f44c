package org.warmpool.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the clinic that runs this installation.
 *
 * @param timeZone        the clinic's time zone: class times are local times in this zone
 * @param name            the clinic's name as shown in the header and in e-mails
 * @param phone           the clinic's phone number as people dial it, shown with urgent warnings;
 *                        blank when not set (the warning then leaves the clinic's number out)
 * @param emergencyNumber the emergency services' number where the clinic is: 999 in the United
 *                        Kingdom (the default, matching the default time zone Europe/London), 112
 *                        elsewhere in Europe
 */
@ConfigurationProperties("warmpool.clinic")
public record ClinicSettings(ZoneId timeZone, String name, String phone, String emergencyNumber) {

    public ClinicSettings {
        timeZone = timeZone == null ? ZoneId.of("Europe/London") : timeZone;
        name = name == null || name.isBlank() ? "Warmpool" : name;
        phone = phone == null ? "" : phone.strip();
        emergencyNumber = emergencyNumber == null || emergencyNumber.isBlank() ? "999" : emergencyNumber.strip();
    }

    /** The clinic's phone number is set. */
    public boolean hasPhone() {
        return !phone.isEmpty();
    }
}
