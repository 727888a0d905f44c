package org.warmpool.base;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the clinic writes days, dates, times, lengths of time and temperatures on screen and in
 * messages: the one place for these formats. Names say what is shown: a DAY has the weekday, a
 * DATE has not; SHORT abbreviates the names, LONG spells them out. Plain Java, so that every
 * feature (and the plain rule classes) may use it.
 */
public final class ClinicFormats {

    /** The clinic's language for dates and day names; date pickers use it too. */
    public static final Locale LOCALE = Locale.UK;

    /** "Tue 3 Mar". */
    public static final DateTimeFormatter DAY_SHORT = DateTimeFormatter.ofPattern("EEE d MMM", LOCALE);
    /** "Tue 3 Mar 2026". */
    public static final DateTimeFormatter DAY_SHORT_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", LOCALE);
    /** "Tuesday 3 March". */
    public static final DateTimeFormatter DAY_LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", LOCALE);
    /** "Tuesday 3 March 2026". */
    public static final DateTimeFormatter DAY_LONG_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);

    /** "3 Mar". */
    public static final DateTimeFormatter DATE_SHORT = DateTimeFormatter.ofPattern("d MMM", LOCALE);
    /** "3 Mar 2026". */
    public static final DateTimeFormatter DATE_SHORT_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    /** "3 March". */
    public static final DateTimeFormatter DATE_LONG = DateTimeFormatter.ofPattern("d MMMM", LOCALE);
    /** "3 March 2026". */
    public static final DateTimeFormatter DATE_LONG_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

    /** "09:30". */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
    /** "Tue 3 Mar, 09:30". */
    public static final DateTimeFormatter DAY_SHORT_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", LOCALE);
    /** "Tuesday 3 March, 09:30". */
    public static final DateTimeFormatter DAY_LONG_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", LOCALE);
    /** "3 Mar, 09:30". */
    public static final DateTimeFormatter DATE_SHORT_TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", LOCALE);
    /** "Tue 3 Mar 2026, 09:30:15": when something happened to the second (a backup). */
    public static final DateTimeFormatter DAY_SHORT_YEAR_SECONDS =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", LOCALE);

    private ClinicFormats() {
    }

    /** "Monday". */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, LOCALE);
    }

    /** "5,200", "72": a whole number as the clinic writes it, with a thousands separator. */
    public static String number(long value) {
        return String.format(LOCALE, "%,d", value);
    }

    /** "34 °C", "33.5 °C": the number as it is stored, then the unit. */
    public static String celsius(BigDecimal temperature) {
        return temperature + " °C";
    }

    /** "2 h", "1 h 30 min", "0 h 45 min": a length of time in hours and minutes. */
    public static String hoursAndMinutes(int totalMinutes) {
        int hours = totalMinutes / 60;
        int minutes = totalMinutes % 60;
        return hours + " h" + (minutes == 0 ? "" : " " + minutes + " min");
    }

    /** "15 minutes", "1 minute", "1 h 30 min": a setting's length of time, in whole minutes, for a sentence. */
    public static String minutes(java.time.Duration length) {
        long total = Math.max(1, length.toMinutes());
        return total >= 60 ? hoursAndMinutes((int) total) : total + (total == 1 ? " minute" : " minutes");
    }
}
