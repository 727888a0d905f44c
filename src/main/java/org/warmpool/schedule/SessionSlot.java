package org.warmpool.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How many upcoming, not cancelled sessions of one level start on one date at one time: the
 * classes a participant could choose from, counted without reading each one.
 */
public record SessionSlot(
        LocalDate date,
        LocalTime start,
        int levelNumber,
        String levelName,
        int levelPainMin,
        int levelPainMax,
        BigDecimal levelMinTemperature,
        long sessions) {
}
