package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void theFileStartsWithAByteOrderMarkAndTheHeaderAndEndsLinesWithCrLf() {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out, ZoneId.of("Europe/London"));

        csv.rows(List.of(new AuditRow(1, Instant.parse("2026-06-01T23:30:00Z"), "fiona@example.org",
                AuditAction.CHANGED_INTAKE.name(), 7, "=Zoë, O'Neil", "Intake 42")));

        assertThat(out.toString()).isEqualTo("\uFEFFWhen,Staff member,Participant,Kind,Record\r\n"
                + "2026-06-02 00:30:00,fiona@example.org,\"'=Zoë, O'Neil\",Changed the intake,Intake 42\r\n");
    }
}
