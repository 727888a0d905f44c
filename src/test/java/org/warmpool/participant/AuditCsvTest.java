package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void cellsAreQuotedOnlyWhenTheyNeedItAndQuotesAreDoubled() {
        assertThat(AuditCsv.cell("Intake 42")).isEqualTo("Intake 42");
        assertThat(AuditCsv.cell("Smith, Ann")).isEqualTo("\"Smith, Ann\"");
        assertThat(AuditCsv.cell("Ann \"Nan\" Smith")).isEqualTo("\"Ann \"\"Nan\"\" Smith\"");
        assertThat(AuditCsv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(AuditCsv.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(AuditCsv.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(AuditCsv.cell("Ann-Marie")).as("a dash inside a name is harmless").isEqualTo("Ann-Marie");
    }

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
