package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsAreQuotedOnlyWhenTheyNeedItAndQuotesAreDoubled() {
        assertThat(CsvWriter.cell("Intake 42")).isEqualTo("Intake 42");
        assertThat(CsvWriter.cell("Smith, Ann")).isEqualTo("\"Smith, Ann\"");
        assertThat(CsvWriter.cell("Ann \"Nan\" Smith")).isEqualTo("\"Ann \"\"Nan\"\" Smith\"");
        assertThat(CsvWriter.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvWriter.cell("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvWriter.cell("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(CsvWriter.cell("Ann-Marie")).as("a dash inside a name is harmless").isEqualTo("Ann-Marie");
    }

    @Test
    void aFileIsTheByteOrderMarkTheHeaderAndOneCrLfEndedLineARowWithEmptyCellsForNothing() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, "Pool", "Fill rate");

        csv.row("Therapy pool, east", "85%");
        csv.row(null, "-3");

        assertThat(out.toString()).isEqualTo("\uFEFFPool,Fill rate\r\n\"Therapy pool, east\",85%\r\n,'-3\r\n");
    }
}
