package org.warmpool.participant;

import java.time.LocalTime;

/** Preferred times for classes. */
public enum TimeOfDay {
    MORNING("Morning (before 12:00)"),
    AFTERNOON("Afternoon (12:00 to 17:00)"),
    EVENING("Evening (after 17:00)");

    private final String label;

    TimeOfDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TimeOfDay of(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) {
            return MORNING;
        }
        return time.isBefore(LocalTime.of(17, 0)) ? AFTERNOON : EVENING;
    }
}
