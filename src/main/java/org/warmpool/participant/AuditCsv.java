package org.warmpool.participant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The administrator's audit log export: CSV as RFC 4180 describes it (comma separated, CRLF line
 * ends, a cell with a comma, quote or line break in double quotes, quotes doubled), UTF-8 with a
 * byte order mark so that spreadsheets read the names right. A cell that a spreadsheet would take
 * for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
public final class AuditCsv {

    /** The byte order mark that tells spreadsheets the file is UTF-8. */
    public static final char BOM = '\uFEFF';
    public static final String HEADER = "When,Staff member,Participant,Kind,Record";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Writer out;
    private final ZoneId zone;

    /** Starts a file: writes the byte order mark and the header line. */
    public AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
        write(String.valueOf(BOM));
        write(HEADER + "\r\n");
    }

    public void rows(List<AuditRow> rows) {
        for (AuditRow row : rows) {
            write(String.join(",", cell(WHEN.format(row.occurredAt().atZone(zone))), cell(row.actor()),
                    cell(row.participantName()), cell(row.kind()), cell(row.reference())) + "\r\n");
        }
    }

    /** One cell: neutralised when it could start a formula, quoted when it needs to be. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
