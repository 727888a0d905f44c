package org.warmpool.booking.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.pool.Pool;
import org.warmpool.pool.TemperatureReading;

/**
 * A pool's measured water temperatures as an SVG line chart drawn on the server, the way My progress
 * draws pain: readings as square points joined by a line, and a dashed line at each level's minimum
 * labelled with the level, so a reading under a line is a class that water is too cold for.
 * {@link #summary} is the text alternative.
 */
final class TemperatureChart {

    /** A level's minimum water temperature, drawn as a dashed line. */
    record Minimum(String label, BigDecimal celsius) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 150;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int LOW = Pool.WATER_TEMPERATURE_MIN;
    private static final int HIGH = Pool.WATER_TEMPERATURE_MAX;

    private TemperatureChart() {
    }

    /** Oldest first; {@code readings} come newest first from the service. */
    private static List<TemperatureReading> inTimeOrder(List<TemperatureReading> readings) {
        return readings.stream().sorted(Comparator.comparing(TemperatureReading::getOccurredAt)).toList();
    }

    static String svg(List<TemperatureReading> newestFirst, List<Minimum> minimums, ZoneId zone, String summaryId) {
        List<TemperatureReading> readings = inTimeOrder(newestFirst);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"temperature-chart\" "
                + "viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-labelledby=\"temperature-chart-title\" "
                + "aria-describedby=\"" + summaryId + "\"><title id=\"temperature-chart-title\">Measured water "
                + "temperature, " + LOW + " to " + HIGH + " °C</title>");
        for (int celsius = LOW; celsius <= HIGH; celsius += 5) {
            int y = y(BigDecimal.valueOf(celsius));
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/><text class=\"axis\" x=\"")
                    .append(LEFT - 8).append("\" y=\"").append(y + 6).append("\" text-anchor=\"end\">").append(celsius)
                    .append("</text>");
        }
        for (Minimum minimum : minimums) {
            int y = y(minimum.celsius());
            svg.append("<line class=\"minimum\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/><text class=\"legend\" x=\"")
                    .append(WIDTH - RIGHT + 6).append("\" y=\"").append(y + 5).append("\">").append(escape(minimum.label()))
                    .append("</text>");
        }
        if (!readings.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < readings.size(); i++) {
                points.append(x(i, readings.size())).append(',').append(y(readings.get(i).getCelsius())).append(' ');
            }
            svg.append("<polyline class=\"reading\" points=\"").append(points.toString().strip()).append("\"/>");
            for (int i = 0; i < readings.size(); i++) {
                int x = x(i, readings.size());
                svg.append("<rect class=\"reading-point\" x=\"").append(x - 5).append("\" y=\"")
                        .append(y(readings.get(i).getCelsius()) - 5).append("\" width=\"10\" height=\"10\"/>");
                if (i == 0 || i == readings.size() - 1) {
                    svg.append("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 24)
                            .append("\" text-anchor=\"").append(i == 0 ? "start" : "end").append("\">")
                            .append(ClinicFormats.DATE_SHORT.format(readings.get(i).getOccurredAt().atZone(zone)))
                            .append("</text>");
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The chart in words. */
    static String summary(List<TemperatureReading> newestFirst, ZoneId zone) {
        List<TemperatureReading> readings = inTimeOrder(newestFirst);
        if (readings.isEmpty()) {
            return "No readings in the last 90 days.";
        }
        TemperatureReading latest = readings.get(readings.size() - 1);
        TemperatureReading lowest = readings.stream().min(Comparator.comparing(TemperatureReading::getCelsius))
                .orElseThrow();
        return readings.size() + (readings.size() == 1 ? " reading" : " readings") + " since "
                + ClinicFormats.DATE_LONG_YEAR.format(readings.get(0).getOccurredAt().atZone(zone)) + ". The latest is "
                + ClinicFormats.celsius(latest.getCelsius()) + ", on "
                + ClinicFormats.DAY_SHORT_TIME.format(latest.getOccurredAt().atZone(zone)) + ". The lowest was "
                + ClinicFormats.celsius(lowest.getCelsius()) + ", on "
                + ClinicFormats.DAY_SHORT_TIME.format(lowest.getOccurredAt().atZone(zone)) + ". The table below lists "
                + "every reading.";
    }

    private static int x(int index, int count) {
        int plot = WIDTH - LEFT - RIGHT - 20;
        return count == 1 ? LEFT + 10 + plot / 2 : LEFT + 10 + index * plot / (count - 1);
    }

    private static int y(BigDecimal celsius) {
        double clamped = Math.max(LOW, Math.min(HIGH, celsius.doubleValue()));
        return (int) Math.round(TOP + (HIGH - clamped) * (HEIGHT - TOP - BOTTOM) / (HIGH - LOW));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
