package org.warmpool.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.warmpool.base.ClinicFormats;

/** Works the utilisation report out of the period's classes: plain Java, see {@link Figures} for the rules. */
public final class UtilisationCalculator {

    private UtilisationCalculator() {
    }

    public static Utilisation calculate(List<SessionFigures> sessions, Instant now) {
        Figures total = Figures.none("All classes");
        Map<String, Figures> byLevel = new TreeMap<>();
        Map<String, Figures> byPool = new TreeMap<>();
        Map<DayOfWeek, Figures> byWeekday = new TreeMap<>();
        Map<Integer, Figures> byHour = new TreeMap<>();
        Map<String, Utilisation.Cell> cells = new TreeMap<>();
        int toCome = 0;
        for (SessionFigures session : sessions) {
            boolean held = session.heldBy(now);
            if (!held && !session.cancelledByClinic()) {
                toCome++;
                continue;
            }
            total = total.plus(session, held);
            // Levels sort by their number ("Level 10" after "Level 9").
            add(byLevel, String.format("%03d", session.levelNumber()), session.levelTitle(), session, held);
            add(byPool, session.poolName(), session.poolName(), session, held);
            add(byWeekday, session.weekday(), ClinicFormats.weekday(session.weekday()), session, held);
            int hour = session.start().getHour();
            add(byHour, hour, hourLabel(hour), session, held);
            String key = session.weekday().getValue() + "-" + String.format("%02d", hour);
            Utilisation.Cell cell = cells.get(key);
            Figures figures = (cell == null ? Figures.none(ClinicFormats.weekday(session.weekday()) + " " + hourLabel(hour))
                    : cell.figures()).plus(session, held);
            cells.put(key, new Utilisation.Cell(session.weekday(), hour, figures));
        }
        return new Utilisation(total, new ArrayList<>(byLevel.values()), new ArrayList<>(byPool.values()),
                new ArrayList<>(byWeekday.values()), new ArrayList<>(byHour.values()),
                cells.values().stream().sorted(Comparator.comparing(Utilisation.Cell::weekday)
                        .thenComparing(Utilisation.Cell::hour)).toList(), toCome);
    }

    /** "09:00": the hour a class starts in (09:00 to 09:59). */
    public static String hourLabel(int hour) {
        return String.format("%02d:00", hour);
    }

    private static <K> void add(Map<K, Figures> groups, K key, String label, SessionFigures session, boolean held) {
        groups.put(key, groups.getOrDefault(key, Figures.none(label)).plus(session, held));
    }
}
