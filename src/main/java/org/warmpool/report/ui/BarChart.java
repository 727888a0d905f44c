package org.warmpool.report.ui;

import java.util.List;

/**
 * A report's horizontal bar chart as SVG drawn on the server, in the style of My progress's pain
 * chart: a title, a scale, one row per line of the report's table with one bar per series (told
 * apart by colour and by a pattern of dashes), the value written beside each bar, and a legend.
 * A row without figures shows its words instead of bars ("fewer than 5"), so the chart never shows
 * more than the table. The text alternative is a paragraph the chart points to.
 */
final class BarChart {

    /** One series: its name in the legend, and its CSS class. */
    record Series(String name, String cssClass) {
    }

    /** One row: its label, and a value per series, or {@code hidden} words instead of values. */
    record Row(String label, List<Double> values, String hidden) {

        static Row of(String label, Double... values) {
            return new Row(label, List.of(values), null);
        }

        static Row hidden(String label, String words) {
            return new Row(label, List.of(), words);
        }
    }

    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int RIGHT = 70;
    private static final int TOP = 40;
    private static final int BAR = 16;
    private static final int GAP = 14;

    private BarChart() {
    }

    /**
     * @param max   the scale's end (10 for pain; the largest value for hours)
     * @param step  a grid line every {@code step}
     */
    static String svg(String cssClass, String title, String summaryId, List<Series> series, List<Row> rows,
            double max, double step) {
        int rowHeight = series.size() * BAR + GAP;
        int height = TOP + Math.max(1, rows.size()) * rowHeight + 40;
        String titleId = cssClass + "-title";
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-chart "
                + cssClass + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-labelledby=\""
                + titleId + "\" aria-describedby=\"" + summaryId + "\"><title id=\"" + titleId + "\">"
                + escape(title) + "</title>");
        double top = max <= 0 ? 1 : max;
        for (double tick = 0; tick <= top + 1e-9; tick += step) {
            int x = x(tick, top);
            svg.append("<line stroke=\"#c4c9d0\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(TOP - 6).append("\" y2=\"").append(height - 36).append("\"/><text font-size=\"16\" "
                    + "fill=\"#1a1a1a\" x=\"").append(x).append("\" y=\"").append(height - 16)
                    .append("\" text-anchor=\"middle\">").append(number(tick)).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int x = LABEL + s * 180;
            svg.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"14\" height=\"14\" ").append(style(s))
                    .append("/><text font-size=\"16\" fill=\"#1a1a1a\" x=\"").append(x + 20)
                    .append("\" y=\"20\">").append(escape(series.get(s).name())).append("</text>");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = TOP + r * rowHeight;
            svg.append("<text font-size=\"16\" fill=\"#1a1a1a\" x=\"").append(LABEL - 8).append("\" y=\"")
                    .append(y + series.size() * BAR / 2 + 5).append("\" text-anchor=\"end\">")
                    .append(escape(shorten(row.label()))).append("</text>");
            if (row.hidden() != null) {
                svg.append("<text font-size=\"16\" font-style=\"italic\" fill=\"#1a1a1a\" x=\"").append(LABEL + 6)
                        .append("\" y=\"").append(y + series.size() * BAR / 2 + 5).append("\">")
                        .append(escape(row.hidden())).append("</text>");
                continue;
            }
            for (int s = 0; s < series.size(); s++) {
                double value = row.values().get(s);
                int end = x(value, top);
                int barY = y + s * BAR;
                svg.append("<rect class=\"").append(series.get(s).cssClass()).append("\" x=\"").append(LABEL)
                        .append("\" y=\"").append(barY + 1).append("\" width=\"").append(Math.max(1, end - LABEL))
                        .append("\" height=\"").append(BAR - 3).append("\" ").append(style(s)).append("/>")
                        .append("<text font-size=\"15\" fill=\"#1a1a1a\" x=\"").append(end + 4).append("\" y=\"")
                        .append(barY + BAR - 3).append("\">").append(number(value)).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Dark blue, solid; dark orange, striped: told apart without colour too, both 4.5:1 on white. */
    private static String style(int series) {
        return series % 2 == 0 ? "fill=\"#0b5a82\"" : "fill=\"#8a4b00\" stroke=\"#ffffff\" stroke-width=\"2\" "
                + "stroke-dasharray=\"4 3\"";
    }

    private static int x(double value, double max) {
        double clamped = Math.max(0, Math.min(max, value));
        return (int) Math.round(LABEL + clamped * (WIDTH - LABEL - RIGHT) / max);
    }

    static String number(double value) {
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String shorten(String label) {
        return label.length() <= 26 ? label : label.substring(0, 25).strip() + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
