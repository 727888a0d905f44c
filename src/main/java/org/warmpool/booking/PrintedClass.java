package org.warmpool.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One class as the printed roster shows it: what the poolside needs and no more (the names on the
 * roster page, no health data).
 *
 * @param cancelReason why the clinic cancelled the class, or null when it takes place
 */
public record PrintedClass(String levelTitle, LocalDate date, LocalTime start, LocalTime end, String poolName,
        String instructorName, int capacity, List<String> participants, List<String> waitlist,
        String cancelReason) {

    public boolean cancelled() {
        return cancelReason != null;
    }
}
