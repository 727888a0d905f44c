package org.warmpool.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many self-registrations and reset-link requests one client address may make
 * (docs/operations.md, "Login protection").
 *
 * @param registrationsPerAddress registrations from one address within {@code window} (10)
 * @param resetLinksPerAddress    "Forgot your password?" requests from one address within {@code window} (10)
 * @param window                  the time they are counted over (1 hour)
 */
@ConfigurationProperties("warmpool.requests")
public record RequestLimitSettings(Integer registrationsPerAddress, Integer resetLinksPerAddress, Duration window) {

    public RequestLimitSettings {
        registrationsPerAddress = registrationsPerAddress == null ? 10 : registrationsPerAddress;
        resetLinksPerAddress = resetLinksPerAddress == null ? 10 : resetLinksPerAddress;
        window = window == null ? Duration.ofHours(1) : window;
        if (registrationsPerAddress < 1 || resetLinksPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("warmpool.requests limits must be 1 or more and the window positive");
        }
    }

    int limitFor(RequestAction action) {
        return switch (action) {
            case REGISTER -> registrationsPerAddress;
            case PASSWORD_RESET -> resetLinksPerAddress;
            case LOGIN -> throw new IllegalArgumentException("Log-ins are limited by LoginSettings");
        };
    }
}
