package org.warmpool.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.warmpool.base.ClinicFormats;

/** Works the utilisation report out of the period's classes: plain Java, see {@link Figures} for the rules. */
public final class UtilisationCalculator {

    private UtilisationCalculator() {
    }

    public static Utilisation calculate(List<SessionFigures> sessions, Instant now) {
        Figures total = Figures.none("All classes");
        // Keyed by numbers, each group's label made once: a chain's month is 13,000 classes.
        Map<Integer, Figures> byLevel = new TreeMap<>();
        Map<String, Figures> byPool = new TreeMap<>();
        Map<DayOfWeek, Figures> byWeekday = new TreeMap<>();
        Map<Integer, Figures> byHour = new TreeMap<>();
        Map<Integer, Figures> cells = new TreeMap<>();
        int toCome = 0;
        for (SessionFigures session : sessions) {
            boolean held = session.heldBy(now);
            if (!held && !session.cancelledByClinic()) {
                toCome++;
                continue;
            }
            total = total.plus(session, held);
            // Levels sort by their number ("Level 10" after "Level 9").
            add(byLevel, session.levelNumber(), session::levelTitle, session, held);
            add(byPool, session.poolName(), session::poolName, session, held);
            DayOfWeek weekday = session.weekday();
            add(byWeekday, weekday, () -> ClinicFormats.weekday(weekday), session, held);
            int hour = session.start().getHour();
            add(byHour, hour, () -> hourLabel(hour), session, held);
            // The map's cells in order of weekday, then hour.
            add(cells, weekday.getValue() * 100 + hour, () -> ClinicFormats.weekday(weekday) + " " + hourLabel(hour),
                    session, held);
        }
        List<Utilisation.Cell> cellRows = new ArrayList<>();
        cells.forEach((key, figures) -> cellRows.add(new Utilisation.Cell(DayOfWeek.of(key / 100), key % 100, figures)));
        return new Utilisation(total, new ArrayList<>(byLevel.values()), new ArrayList<>(byPool.values()),
                new ArrayList<>(byWeekday.values()), new ArrayList<>(byHour.values()), List.copyOf(cellRows), toCome);
    }

    /** "09:00": the hour a class starts in (09:00 to 09:59). */
    public static String hourLabel(int hour) {
        return (hour < 10 ? "0" : "") + hour + ":00";
    }

    private static <K> void add(Map<K, Figures> groups, K key, Supplier<String> label, SessionFigures session,
            boolean held) {
        Figures group = groups.get(key);
        groups.put(key, (group == null ? Figures.none(label.get()) : group).plus(session, held));
    }
}
