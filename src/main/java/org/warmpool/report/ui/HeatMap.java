package org.warmpool.report.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.report.Figures;
import org.warmpool.report.Utilisation;
import org.warmpool.report.UtilisationCalculator;

/**
 * The utilisation report's weekday x hour map as an SVG drawn on the server: one square per weekday
 * and start hour, darker the fuller its classes were (booked of places offered), with the rate
 * written in it. An empty square had no class: a place to add one where the squares around are dark.
 * {@link #summary} is the text alternative; the page's table holds the same figures.
 */
final class HeatMap {

    private static final int LEFT = 64;
    private static final int TOP = 36;
    private static final int CELL_WIDTH = 64;
    private static final int CELL_HEIGHT = 44;
    private static final int GAP = 4;

    private HeatMap() {
    }

    static String svg(Utilisation report, String summaryId) {
        List<Integer> hours = report.hours();
        int width = LEFT + Math.max(1, hours.size()) * CELL_WIDTH + GAP;
        int height = TOP + 7 * CELL_HEIGHT + GAP;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-labelledby=\"heat-map-title\" aria-describedby=\"")
                .append(summaryId).append("\"><title id=\"heat-map-title\">Places booked of places offered, "
                        + "by weekday and start hour</title>");
        for (int column = 0; column < hours.size(); column++) {
            svg.append("<text class=\"axis\" x=\"").append(LEFT + column * CELL_WIDTH + CELL_WIDTH / 2)
                    .append("\" y=\"24\" text-anchor=\"middle\">")
                    .append(UtilisationCalculator.hourLabel(hours.get(column))).append("</text>");
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int y = TOP + (day.getValue() - 1) * CELL_HEIGHT;
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 10).append("\" y=\"").append(y + CELL_HEIGHT / 2 + 6)
                    .append("\" text-anchor=\"end\">").append(day.getDisplayName(TextStyle.SHORT, ClinicFormats.LOCALE))
                    .append("</text>");
            for (int column = 0; column < hours.size(); column++) {
                int hour = hours.get(column);
                int x = LEFT + column * CELL_WIDTH;
                Optional<Utilisation.Cell> cell = report.cell(day, hour);
                svg.append("<g class=\"cell\" data-cell=\"").append(day).append('-').append(hour).append("\"><title>")
                        .append(escape(describe(day, hour, cell))).append("</title>");
                svg.append("<rect x=\"").append(x + GAP).append("\" y=\"").append(y + GAP).append("\" width=\"")
                        .append(CELL_WIDTH - GAP).append("\" height=\"").append(CELL_HEIGHT - GAP).append("\" fill=\"")
                        .append(cell.map(c -> shade(c.figures().bookedRate())).orElse("none"))
                        .append("\" stroke=\"hsl(200, 20%, 60%)\"/>");
                if (cell.isPresent()) {
                    Integer rate = cell.get().figures().bookedRate();
                    svg.append("<text class=\"rate\" x=\"").append(x + GAP + (CELL_WIDTH - GAP) / 2).append("\" y=\"")
                            .append(y + CELL_HEIGHT / 2 + 8).append("\" text-anchor=\"middle\" fill=\"")
                            .append(ink(rate)).append("\">").append(Figures.percent(rate)).append("</text>");
                }
                svg.append("</g>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The map in words: where classes were fullest and emptiest. */
    static String summary(Utilisation report) {
        List<Utilisation.Cell> rated = report.cells().stream().filter(c -> c.figures().bookedRate() != null).toList();
        if (rated.isEmpty()) {
            return "No classes were held in this period, so the map is empty.";
        }
        Utilisation.Cell fullest = rated.stream().max(java.util.Comparator.comparing(c -> c.figures().bookedRate()))
                .orElseThrow();
        Utilisation.Cell emptiest = rated.stream().min(java.util.Comparator.comparing(c -> c.figures().bookedRate()))
                .orElseThrow();
        return "Classes were held at " + rated.size() + (rated.size() == 1 ? " weekday and hour" : " weekdays and hours")
                + ". Fullest: " + fullest.figures().label() + ", " + Figures.percent(fullest.figures().bookedRate())
                + " of places booked. Emptiest: " + emptiest.figures().label() + ", "
                + Figures.percent(emptiest.figures().bookedRate())
                + " of places booked. A darker square is fuller; an empty square had no class. The table below has every figure.";
    }

    /** The square's colour: from pale (0% booked) to dark blue (100% or more); grey when nothing was offered. */
    static String shade(Integer rate) {
        if (rate == null) {
            return "hsl(0, 0%, 88%)";
        }
        return "hsl(200, 80%, " + lightness(rate) + "%)";
    }

    /**
     * Black on a pale square, white on a dark one: each at least 4.5:1 against its square (white
     * from a lightness of 38% down, black from 39% up).
     */
    static String ink(Integer rate) {
        return rate != null && lightness(rate) <= 38 ? "#ffffff" : "#000000";
    }

    private static int lightness(int rate) {
        return 95 - Math.min(100, rate) * 70 / 100;
    }

    private static String describe(DayOfWeek day, int hour, Optional<Utilisation.Cell> cell) {
        String when = ClinicFormats.weekday(day) + " " + UtilisationCalculator.hourLabel(hour);
        if (cell.isEmpty()) {
            return when + ": no class";
        }
        Figures f = cell.get().figures();
        return when + ": " + f.held() + (f.held() == 1 ? " class held, " : " classes held, ") + f.booked() + " of "
                + f.offered() + " places booked (" + Figures.percent(f.bookedRate()) + ")"
                + (f.cancelled() > 0 ? ", " + f.cancelled() + " cancelled by the clinic" : "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
