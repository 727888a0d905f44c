package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV shows exactly what the table shows: a hidden group's words, never its numbers. */
class OutcomesCsvTest {

    @Test
    void aSmallGroupIsFewerThanFiveInEveryCell() {
        OutcomeGroup shown = new OutcomeGroup(OutcomeGroup.Dimension.LEVEL, "Level 1 Gentle Mobility",
                OutcomeGroup.Visibility.SHOWN, 6, new BigDecimal("6.0"), new BigDecimal("5.0"), new Share(4, 6), 2, 1,
                new Share(3, 6), new Share(5, 6));
        OutcomeGroup small = shown.hidden(OutcomeGroup.Visibility.FEWER_THAN_5);
        StringWriter out = new StringWriter();

        OutcomesCsv.write(out, List.of(shown, small));

        assertThat(out.toString()).isEqualTo("\uFEFFGroup,Group by,Participants,Average pain before,"
                + "Average pain after,Pain 2+ points lower by 6th class,Moved up a level,Moved down a level,"
                + "Questionnaire improved after 6 classes,Questionnaire improved after 12 classes\r\n"
                + "Level 1 Gentle Mobility,Level,6,6.0,5.0,4 of 6 (67%),2,1,3 of 6 (50%),5 of 6 (83%)\r\n"
                + "Level 1 Gentle Mobility,Level" + ",fewer than 5".repeat(8) + "\r\n");
    }
}
