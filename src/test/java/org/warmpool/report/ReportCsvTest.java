package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void theFileIsNamedAfterTheReportAndThePeriod() {
        ReportFilter november = ReportFilter.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(ReportCsv.fileName("utilisation", november)).isEqualTo("utilisation-2026-11-01-to-2026-11-30.csv");
    }

    @Test
    void aClassStillToComeHasAnEmptyNeverGotInCellAndAFormulaLikeNameIsNeutralised() {
        StringWriter out = new StringWriter();

        ReportCsv.waitlists(List.of(new WaitlistLine(1, LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), "Level 1 Gentle",
                "+Deep, warm", 2, 1, 0, null)), out);

        assertThat(out.toString()).isEqualTo("\uFEFFDate,Time,Class,Pool,Longest waitlist,Promoted automatically,"
                + "Promoted by hand,Never got in\r\n2026-11-02,09:00,Level 1 Gentle,\"'+Deep, warm\",2,1,0,\r\n");
    }
}
