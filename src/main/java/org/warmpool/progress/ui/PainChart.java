package org.warmpool.progress.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.warmpool.base.ClinicFormats;
import org.warmpool.progress.ClassPain;

/**
 * Pain before and after each class as an SVG line chart drawn on the server: no chart library, no
 * frontend build. Before is a dashed line with round points, after a solid line with square
 * points, so the two differ without colour; a change of 2 points or more gets a bar between the
 * two points and its value in bold. {@link #summary} is the text alternative.
 */
final class PainChart {

    /** The chart shows the latest classes; the table under it lists all. */
    static final int MAX_CLASSES = 20;

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 36;
    private static final int BOTTOM = 48;

    private PainChart() {
    }

    static List<ClassPain> shown(List<ClassPain> classes) {
        return classes.subList(Math.max(0, classes.size() - MAX_CLASSES), classes.size());
    }

    static String svg(List<ClassPain> all, String summaryId) {
        List<ClassPain> classes = shown(all);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pain-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"pain-chart-title\" "
                        + "aria-describedby=\"").append(summaryId).append("\">")
                .append("<title id=\"pain-chart-title\">Pain before and after each class, 0 (none) to 10 (worst)"
                        + "</title>");
        // Scale and grid.
        for (int pain = 0; pain <= 10; pain += 2) {
            int y = y(pain);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(LEFT - 10).append("\" y=\"").append(y + 6)
                    .append("\" text-anchor=\"end\">").append(pain).append("</text>");
        }
        // Legend.
        svg.append("<line class=\"before\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 36)
                .append("\" y1=\"16\" y2=\"16\"/><circle class=\"before-point\" cx=\"").append(LEFT + 18)
                .append("\" cy=\"16\" r=\"5\"/><text class=\"legend\" x=\"").append(LEFT + 44)
                .append("\" y=\"22\">Before class</text>")
                .append("<line class=\"after\" x1=\"").append(LEFT + 200).append("\" x2=\"").append(LEFT + 236)
                .append("\" y1=\"16\" y2=\"16\"/><rect class=\"after-point\" x=\"").append(LEFT + 213)
                .append("\" y=\"11\" width=\"10\" height=\"10\"/><text class=\"legend\" x=\"").append(LEFT + 244)
                .append("\" y=\"22\">After class</text>");
        if (classes.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        svg.append(line("before", classes, ClassPain::before)).append(line("after", classes, ClassPain::after));
        for (int i = 0; i < classes.size(); i++) {
            ClassPain c = classes.get(i);
            int x = x(i, classes.size());
            if (c.meaningfulChange()) {
                svg.append("<line class=\"change\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                        .append(y(c.before())).append("\" y2=\"").append(y(c.after())).append("\"/>")
                        .append("<text class=\"change-label\" x=\"").append(x + 8).append("\" y=\"")
                        .append((y(c.before()) + y(c.after())) / 2 + 6).append("\">").append(signed(c.change()))
                        .append("</text>");
            }
            if (c.before() != null) {
                svg.append("<circle class=\"before-point\" cx=\"").append(x).append("\" cy=\"").append(y(c.before()))
                        .append("\" r=\"5\"/>");
            }
            if (c.after() != null) {
                svg.append("<rect class=\"after-point\" x=\"").append(x - 5).append("\" y=\"").append(y(c.after()) - 5)
                        .append("\" width=\"10\" height=\"10\"/>");
            }
            if (classes.size() <= 8 || i == 0 || i == classes.size() - 1 || i % 4 == 0) {
                svg.append("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(HEIGHT - BOTTOM + 24)
                        .append("\" text-anchor=\"middle\">").append(ClinicFormats.DATE_SHORT.format(c.date()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The text alternative of the chart, in words. */
    static String summary(List<ClassPain> all) {
        List<ClassPain> classes = shown(all);
        if (classes.isEmpty()) {
            return "No classes with pain recorded yet.";
        }
        String span = classes.size() == 1 ? "one class, on "
                + ClinicFormats.DATE_LONG_YEAR.format(classes.get(0).date())
                : "the last " + classes.size() + " classes, from "
                + ClinicFormats.DATE_LONG_YEAR.format(classes.get(0).date()) + " to "
                + ClinicFormats.DATE_LONG_YEAR.format(classes.get(classes.size() - 1).date());
        long meaningful = classes.stream().filter(ClassPain::meaningfulChange).count();
        return "The chart shows pain before and after " + span + ". " + range("Pain before", classes,
                ClassPain::before) + range("Pain after", classes, ClassPain::after)
                + (meaningful == 0 ? "No class changed pain by 2 points or more. "
                : meaningful + (meaningful == 1 ? " class" : " classes") + " changed pain by 2 points or more. ")
                + "The table below lists every value.";
    }

    private static String range(String what, List<ClassPain> classes, Function<ClassPain, Integer> value) {
        List<Integer> values = classes.stream().map(value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return what + " was not recorded. ";
        }
        int low = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int high = values.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return what + (low == high ? " was " + low : " went from " + values.get(0) + " to "
                + values.get(values.size() - 1) + ", between " + low + " and " + high) + ". ";
    }

    private static String line(String kind, List<ClassPain> classes, Function<ClassPain, Integer> value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < classes.size(); i++) {
            Integer pain = value.apply(classes.get(i));
            if (pain != null) {
                points.append(x(i, classes.size())).append(',').append(y(pain)).append(' ');
            }
        }
        return "<polyline class=\"" + kind + "\" points=\"" + points.toString().strip() + "\"/>";
    }

    static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }

    private static int x(int index, int count) {
        int plot = WIDTH - LEFT - RIGHT - 40;
        return count == 1 ? LEFT + 20 + plot / 2 : LEFT + 20 + index * plot / (count - 1);
    }

    private static int y(int pain) {
        return TOP + (10 - pain) * (HEIGHT - TOP - BOTTOM) / 10;
    }
}
