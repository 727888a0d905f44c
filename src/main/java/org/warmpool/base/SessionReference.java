package org.warmpool.base;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A scheduled session as other features name it in messages, for example
 * "Tue 3 Mar 09:00 Level 1 Gentle Mobility (8 places)".
 */
public record SessionReference(long id, LocalDate date, LocalTime start, String title, int capacity) {


    public String describe() {
        return date.format(ClinicFormats.DAY_SHORT_YEAR) + " " + start + " " + title + " (" + capacity + " places)";
    }

    /** The first few, then "and N more", to keep a message readable. */
    public static String describeAll(List<SessionReference> sessions, int shown) {
        StringBuilder text = new StringBuilder();
        sessions.stream().limit(shown).forEach(s -> text.append(text.isEmpty() ? "" : "; ").append(s.describe()));
        if (sessions.size() > shown) {
            text.append("; and ").append(sessions.size() - shown).append(" more");
        }
        return text.toString();
    }
}
