package org.warmpool.report.ui;

import java.util.List;

/**
 * A horizontal stacked bar chart as an SVG drawn on the server, for the waitlists and attendance
 * reports: one bar per row (a level), one coloured part per series, the numbers written at the
 * end of each bar and a legend above. The page gives the text alternative and the table.
 */
final class StackedBars {

    /** One bar: its label and one value per series. */
    record Bar(String label, List<Long> values) {
        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Dark blue, orange and grey, each 3:1 or more against the page, parted by a white line and
     * named in the legend.
     */
    static final List<String> COLOURS = List.of("hsl(200, 80%, 32%)", "hsl(30, 95%, 40%)", "hsl(0, 0%, 55%)");

    private static final int WIDTH = 640;
    private static final int LEFT = 230;
    private static final int RIGHT = 110;
    private static final int TOP = 44;
    private static final int ROW = 40;

    private StackedBars() {
    }

    static String svg(String id, String title, List<String> series, List<Bar> bars, String summaryId) {
        int height = TOP + Math.max(1, bars.size()) * ROW + 8;
        long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report-bars\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" aria-describedby=\"").append(summaryId).append("\"><title id=\"").append(id)
                .append("-title\">").append(escape(title)).append("</title>");
        int legendX = 0;
        for (int i = 0; i < series.size(); i++) {
            svg.append("<rect x=\"").append(legendX).append("\" y=\"6\" width=\"16\" height=\"16\" fill=\"")
                    .append(COLOURS.get(i)).append("\"/><text class=\"legend\" x=\"").append(legendX + 22)
                    .append("\" y=\"20\">").append(escape(series.get(i))).append("</text>");
            legendX += 30 + series.get(i).length() * 9;
        }
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            int y = TOP + row * ROW;
            svg.append("<text class=\"axis\" x=\"").append(LEFT - 8).append("\" y=\"").append(y + 22)
                    .append("\" text-anchor=\"end\">").append(escape(shorten(bar.label()))).append("</text>");
            int x = LEFT;
            for (int i = 0; i < bar.values().size(); i++) {
                int length = (int) Math.round(bar.values().get(i) * (double) (WIDTH - LEFT - RIGHT) / max);
                if (length > 0) {
                    svg.append("<rect class=\"part\" x=\"").append(x).append("\" y=\"").append(y + 6)
                            .append("\" width=\"").append(length).append("\" height=\"").append(ROW - 12)
                            .append("\" fill=\"").append(COLOURS.get(i))
                            .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
                }
                x += length;
            }
            svg.append("<text class=\"axis\" x=\"").append(x + 8).append("\" y=\"").append(y + 22).append("\">")
                    .append(bar.values().stream().map(String::valueOf).reduce((a, b) -> a + " + " + b).orElse(""))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String label) {
        return label.length() > 26 ? label.substring(0, 25) + "…" : label;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
