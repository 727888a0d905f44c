package org.warmpool.booking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A coming class in a pool whose water is now colder than its level needs.
 *
 * @param booked  places taken
 * @param waiting people on its waitlist
 */
public record ColdClass(long sessionId, LocalDate date, LocalTime start, String levelTitle,
        BigDecimal minTemperature, int booked, int waiting) {
}
