package org.warmpool.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session moved to another day, time or pool; the people booked on it are told. Published
 * inside the changing transaction, with where and when it was before.
 */
public record SessionMoved(long sessionId, LocalDate oldDate, LocalTime oldStart, String oldPoolName) {
}
