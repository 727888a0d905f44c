package org.warmpool.report;

import java.io.Writer;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.CsvWriter;

/** The reports as CSV files (through {@link CsvWriter}): the figures the page shows, one row each. */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** "utilisation-2026-11-01-to-2026-11-30.csv". */
    public static String fileName(String report, ReportFilter filter) {
        return report + "-" + filter.from() + "-to-" + filter.to() + ".csv";
    }

    /** Every group of the report: the whole period, then per level, pool, weekday, hour and weekday and hour. */
    public static void utilisation(Utilisation report, Writer out) {
        CsvWriter csv = new CsvWriter(out, "Group", "Name", "Classes held", "Cancelled by the clinic",
                "Places offered", "Booked", "Attended", "Booked of offered (%)", "Attended of offered (%)");
        row(csv, "Whole period", report.total());
        report.byLevel().forEach(figures -> row(csv, "Level", figures));
        report.byPool().forEach(figures -> row(csv, "Pool", figures));
        report.byWeekday().forEach(figures -> row(csv, "Weekday", figures));
        report.byHour().forEach(figures -> row(csv, "Hour", figures));
        report.cells().forEach(cell -> row(csv, "Weekday and hour", cell.figures()));
        csv.flush();
    }

    public static void waitlists(List<WaitlistLine> lines, Writer out) {
        CsvWriter csv = new CsvWriter(out, "Date", "Time", "Class", "Pool", "Longest waitlist",
                "Promoted automatically", "Promoted by hand", "Never got in");
        for (WaitlistLine line : lines) {
            csv.row(line.date().toString(), ClinicFormats.TIME.format(line.start()), line.classTitle(), line.poolName(),
                    String.valueOf(line.longest()), String.valueOf(line.promotedAutomatically()),
                    String.valueOf(line.promotedByHand()), line.neverGotIn() == null ? "" : line.neverGotIn().toString());
        }
        csv.flush();
    }

    /** The classes' attendance, then the late cancellations and no-shows by name. */
    public static void attendance(AttendanceReport report, Writer out) {
        CsvWriter csv = new CsvWriter(out, "Date", "Time", "Class", "Pool", "Booked", "Attended", "No-shows",
                "Not marked", "Late cancellations", "Participant", "What happened");
        for (SessionFigures session : report.sessions()) {
            csv.row(session.date().toString(), ClinicFormats.TIME.format(session.start()), session.levelTitle(),
                    session.poolName(), String.valueOf(session.booked()), String.valueOf(session.attended()),
                    String.valueOf(session.noShows()), String.valueOf(AttendanceReport.notMarked(session)),
                    String.valueOf(session.lateCancellations()), "", "");
        }
        for (MissedPlace place : report.missed()) {
            csv.row(place.date().toString(), ClinicFormats.TIME.format(place.start()), place.classTitle(),
                    place.poolName(), "", "", "", "", "", place.participantName(), place.what());
        }
        csv.flush();
    }

    private static void row(CsvWriter csv, String group, Figures figures) {
        csv.row(group, figures.label(), String.valueOf(figures.held()), String.valueOf(figures.cancelled()),
                String.valueOf(figures.offered()), String.valueOf(figures.booked()), String.valueOf(figures.attended()),
                rate(figures.bookedRate()), rate(figures.attendedRate()));
    }

    private static String rate(Integer rate) {
        return rate == null ? "" : rate.toString();
    }
}
