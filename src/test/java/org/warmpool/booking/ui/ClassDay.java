package org.warmpool.booking.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A day of its own for a test's class, a year or more ahead, so that the check-in list and the
 * report hold that test's bookings only; the test moves the clock to it.
 */
record ClassDay(LocalDate date, ZoneId zone) {

    static ClassDay ahead(ZoneId zone) {
        return new ClassDay(LocalDate.now(zone).plusDays(400 + ThreadLocalRandom.current().nextInt(1000)), zone);
    }

    Instant at(String time) {
        return date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }

    Instant dayBeforeAt(String time) {
        return date.minusDays(1).atTime(LocalTime.parse(time)).atZone(zone).toInstant();
    }
}
