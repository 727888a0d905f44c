package org.warmpool.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates typed the ways people at the clinic write them: 3/12/2026, 3.12.2026, 3-12-2026 and
 * 2026-12-03 all mean the 3rd of December. The date fields and the participant search read them alike.
 */
public final class TypedDates {

    /** The first is how a date field shows a date; all are understood when typed. */
    public static final String[] FORMATS = {"d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd"};

    private static final List<DateTimeFormatter> PARSERS = Arrays.stream(FORMATS)
            .map(pattern -> new DateTimeFormatterBuilder().appendPattern(pattern.replace("yyyy", "uuuu"))
                    .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private TypedDates() {
    }

    /** The whole text as a date in one of {@link #FORMATS}; empty for anything else (a name, part of a date, 31/2/1950). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter parser : PARSERS) {
            try {
                return Optional.of(LocalDate.parse(typed, parser));
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return Optional.empty();
    }
}
