package org.warmpool.report;

import java.io.Writer;
import java.util.List;
import org.warmpool.base.CsvWriter;

/** The outcomes report as CSV: the same lines and the same hidden groups as on screen. */
public final class OutcomesCsv {

    public static final String[] HEADER = {"Group", "Group by", "Participants", "Average pain before",
        "Average pain after", "Pain 2+ points lower by 6th class", "Moved up a level", "Moved down a level",
        "Questionnaire improved after 6 classes", "Questionnaire improved after 12 classes"};

    private OutcomesCsv() {
    }

    public static void write(Writer out, List<OutcomeGroup> groups) {
        CsvWriter csv = new CsvWriter(out, HEADER);
        for (OutcomeGroup g : groups) {
            csv.row(g.name(), g.dimension().label(), g.participantsText(), g.averageBeforeText(),
                    g.averageAfterText(), g.painImprovedText(), g.movesUpText(), g.movesDownText(), g.after6Text(),
                    g.after12Text());
        }
        csv.flush();
    }
}
