package org.warmpool.participant;

import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.warmpool.base.CsvWriter;

/** The administrator's audit log export, one line an entry, written by {@link CsvWriter}. */
public final class AuditCsv {

    public static final String[] HEADER = {"When", "Staff member", "Participant", "Kind", "Record"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final CsvWriter csv;
    private final ZoneId zone;

    /** Starts a file: writes the byte order mark and the header line. */
    public AuditCsv(Writer out, ZoneId zone) {
        this.csv = new CsvWriter(out, HEADER);
        this.zone = zone;
    }

    public void rows(List<AuditRow> rows) {
        for (AuditRow row : rows) {
            csv.row(WHEN.format(row.occurredAt().atZone(zone)), row.actor(), row.participantName(), row.kind(),
                    row.reference());
        }
    }
}
