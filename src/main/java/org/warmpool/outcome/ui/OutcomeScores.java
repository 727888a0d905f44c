package org.warmpool.outcome.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.outcome.ImportantChange;
import org.warmpool.outcome.Outcomes;
import org.warmpool.outcome.Questionnaire;

/**
 * A participant's questionnaire scores beside their pain: whether the questionnaire is due (with a
 * link for the participant), a line in words per questionnaire, and a small table of every score
 * with important changes marked in words.
 */
public class OutcomeScores extends Div {

    public OutcomeScores(Outcomes outcomes, boolean own) {
        addClassName("outcome-scores");
        setId("outcome-scores");
        add(new H2("Back-pain questionnaire"));
        Outcomes.Due due = outcomes.due();
        if (due.due()) {
            Div notice = new Div();
            notice.addClassName("questionnaire-due");
            notice.setId("questionnaire-due");
            notice.add(new Paragraph((own ? "Your questionnaire is due. " : "The questionnaire is due. ")
                    + due.reason()));
            if (own) {
                Anchor answer = new Anchor("questionnaire", "Answer the questionnaire (about 5 minutes)");
                answer.setId("questionnaire-link");
                notice.add(new Paragraph(answer));
            }
            add(notice);
        }
        if (outcomes.scores().isEmpty()) {
            add(new Paragraph(own ? "Your scores will show here once you have answered the questionnaire."
                    : "No questionnaire answered yet."));
            return;
        }
        outcomes.summaries().forEach(line -> {
            Paragraph words = new Paragraph(line);
            words.addClassName("outcome-summary");
            add(words);
        });
        add(table(outcomes.scores()));
        add(new Paragraph("Lower is better: Roland-Morris counts 0 to 24, Oswestry 0 to 100%. A guide, not medical "
                + "advice."));
        if (own && !due.due()) {
            add(new Paragraph(new Anchor("questionnaire", "Answer the questionnaire again")));
        }
    }

    private static NativeTable table(List<Outcomes.Score> scores) {
        NativeTable table = new NativeTable();
        table.setId("outcome-table");
        table.addClassName("pain-table");
        table.setCaptionText("Every questionnaire, newest first, and the change since the one before.");
        table.getElement().setAttribute("tabindex", "0");
        NativeTableRow head = table.getHead().addRow();
        for (String title : List.of("Date", "Questionnaire", "Score", "Change")) {
            head.addHeaderCell().setText(title);
        }
        for (int i = scores.size() - 1; i >= 0; i--) {
            Outcomes.Score score = scores.get(i);
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(ClinicFormats.DAY_SHORT_YEAR.format(score.date()));
            row.addDataCell().setText(score.kind().label());
            row.addDataCell().setText(score.shown() + (score.kind() == Questionnaire.RMDQ ? " of 24" : ""));
            var change = row.addDataCell();
            if (score.change() == null || score.change() == ImportantChange.NO_IMPORTANT_CHANGE) {
                change.setText(score.change() == null ? "" : "no important change");
            } else {
                Span marked = new Span(score.change() == ImportantChange.IMPROVED ? "important improvement"
                        : "important worsening");
                marked.addClassName("meaningful-change");
                change.add(marked);
            }
        }
        return table;
    }
}
