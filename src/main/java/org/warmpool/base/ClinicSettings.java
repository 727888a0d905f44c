package org.warmpool.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the clinic that runs this installation.
 *
 * @param timeZone the clinic's time zone: class times are local times in this zone
 * @param name     the clinic's name as shown in the header and in e-mails
 */
@ConfigurationProperties("warmpool.clinic")
public record ClinicSettings(ZoneId timeZone, String name) {

    public ClinicSettings {
        timeZone = timeZone == null ? ZoneId.of("Europe/London") : timeZone;
        name = name == null || name.isBlank() ? "Warmpool" : name;
    }
}
