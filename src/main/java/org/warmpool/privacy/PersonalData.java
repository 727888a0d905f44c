package org.warmpool.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the clinic holds about one participant, as one document: named sections, each a
 * record or a list of records with stable, readable field names. Times are ISO 8601 with the
 * offset of the clinic's time zone ({@code 2026-07-07T09:30:00+01:00} in a London summer), dates
 * {@code 2026-03-03}, class start times {@code 09:30}. The JSON download and the readable page
 * are both drawn from it.
 */
public final class PersonalData {

    /** The sections in the order they are written; a section is present even when it is empty. */
    public static final List<String> SECTIONS = List.of("account", "participant", "intakes", "bookings",
            "attendance", "painCheckIns", "levelSuggestions", "questionnaires", "makeupCredits", "messages", "accountInvitations",
            "resetLinks", "auditLog");

    /** A fixed value such as CONFIRMED or TWO_TO_11_WEEKS: the code in JSON, words on the page. */
    public record Code(@com.fasterxml.jackson.annotation.JsonValue String name) {
    }

    /** A code from another feature's row (a status kept as its name), or null. */
    static Code code(String name) {
        return name == null ? null : new Code(name);
    }

    private final Map<String, Object> document = new LinkedHashMap<>();
    private final ZoneId zone;

    PersonalData(ZoneId zone, Instant exportedAt, String clinicName) {
        this.zone = zone;
        document.put("format", "warmpool-personal-data/1");
        document.put("clinic", clinicName);
        document.put("exportedAt", time(exportedAt));
        document.put("timeZone", zone.getId());
        for (String section : SECTIONS) {
            document.put(section, null);
        }
    }

    /** The whole document: format, clinic, exportedAt, timeZone, then {@link #SECTIONS}. */
    public Map<String, Object> document() {
        return java.util.Collections.unmodifiableMap(document);
    }

    void put(String section, Object value) {
        if (!document.containsKey(section)) {
            throw new IllegalArgumentException("Unknown section " + section);
        }
        document.put(section, value);
    }

    /** A record: field names and values in the order given (name, value, name, value, ...). */
    Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return row;
    }

    private Object value(Object value) {
        if (value instanceof Instant instant) {
            return time(instant);
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (value instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ofPattern("HH:mm"));
        }
        if (value instanceof Enum<?> constant) {
            return new Code(constant.name());
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(value(item)));
            return list;
        }
        return value;
    }

    private String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(zone)
                .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
