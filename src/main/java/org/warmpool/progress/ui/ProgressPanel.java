package org.warmpool.progress.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.progress.ClassPain;
import org.warmpool.progress.Progress;
import org.warmpool.progress.ProgressionSuggestion;

/**
 * A participant's progress as the participant and staff see it: level, open suggestion (with
 * accept and dismiss for staff), the chart with its text alternative, and the table of values.
 */
class ProgressPanel extends Div {


    /** What the accept and dismiss buttons do; the view calls the service and shows the panel again. */
    interface Decisions {
        void accept(long suggestionId, String note);

        void dismiss(long suggestionId, String note);
    }

    ProgressPanel(Progress progress, boolean own, Decisions decisions) {
        addClassName("progress-panel");
        add(level(progress, own));
        progress.openSuggestion().ifPresent(s -> add(suggestion(s, progress.mayDecide(), own, decisions)));
        add(new H2("Pain before and after each class"));
        if (progress.classes().isEmpty()) {
            add(new Paragraph(own ? "Your pain before and after each class will show here once your instructor "
                    + "has entered it." : "No attended classes yet."));
            return;
        }
        Paragraph summary = new Paragraph(PainChart.summary(progress.classes()));
        summary.setId("chart-summary");
        Svg chart = new Svg(PainChart.svg(progress.classes(), "chart-summary"));
        chart.addClassName("pain-chart-box");
        chart.setId("pain-chart");
        add(chart, summary, table(progress.classes()), perLevel(progress));
    }

    private static Paragraph level(Progress progress, boolean own) {
        Paragraph level = new Paragraph(progress.levelSetAside() != null ? progress.levelSetAside()
                : progress.currentLevel() == null ? (own ? "No level is set for you yet: classes are suggested from your answers about your pain."
                : "No level set yet: classes are suggested from the intake answers.")
                : (own ? "Your level: " : "Level: ") + progress.currentLevelTitle()
                + ". Classes above it are not suggested.");
        level.setId("current-level");
        return level;
    }

    private static Div suggestion(Progress.SuggestionSummary s, boolean mayDecide, boolean own, Decisions decisions) {
        Div box = new Div();
        box.addClassName("suggestion");
        box.setId("suggestion");
        box.add(new H2("Suggestion: " + s.headline()), new Paragraph(s.reason()),
                new Paragraph("This is a guide from the pain numbers, not medical advice."));
        if (!mayDecide) {
            box.add(new Paragraph(own ? "Nothing changes until your instructor or the front desk has talked it "
                    + "through with you and accepted it." : "The front desk or the participant's instructor decides."));
            return box;
        }
        TextArea note = new TextArea("Note (optional)");
        note.setMaxLength(ProgressionSuggestion.NOTE_MAX_LENGTH);
        note.setHelperText("For example what you agreed with the participant");
        note.setWidthFull();
        Button accept = new Button("Accept", click -> decisions.accept(s.id(), note.getValue()));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button("Dismiss", click -> decisions.dismiss(s.id(), note.getValue()));
        Div buttons = new Div(accept, dismiss);
        buttons.addClassName("inline-row");
        box.add(note, buttons);
        return box;
    }

    private static NativeTable table(List<ClassPain> classes) {
        NativeTable table = new NativeTable();
        table.setId("pain-table");
        table.addClassName("pain-table");
        table.setCaptionText("Every class, newest first. A change of 2 points or more is a clear change "
                + "and is marked.");
        // A long history makes the page scroll; a page with no control on it (a participant's own
        // progress) can then be scrolled by keyboard only from here (axe: scrollable-region-focusable).
        table.getElement().setAttribute("tabindex", "0");
        NativeTableRow head = table.getHead().addRow();
        for (String title : List.of("Date", "Class", "Before", "After", "Change")) {
            head.addHeaderCell().setText(title);
        }
        for (int i = classes.size() - 1; i >= 0; i--) {
            ClassPain c = classes.get(i);
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(ClinicFormats.DAY_SHORT_YEAR.format(c.date()));
            row.addDataCell().setText(c.levelTitle());
            row.addDataCell().setText(c.before() == null ? "not recorded" : String.valueOf(c.before()));
            row.addDataCell().setText(c.after() == null ? "not recorded" : String.valueOf(c.after()));
            var change = row.addDataCell();
            if (c.change() == null) {
                change.setText("");
            } else if (c.meaningfulChange()) {
                Span marked = new Span(PainChart.signed(c.change()) + (c.change() > 0 ? " (clear rise)"
                        : " (clear fall)"));
                marked.addClassName("meaningful-change");
                change.add(marked);
            } else {
                change.setText(PainChart.signed(c.change()));
            }
        }
        return table;
    }

    private static Div perLevel(Progress progress) {
        UnorderedList list = new UnorderedList();
        list.setId("classes-per-level");
        for (Progress.LevelCount count : progress.classesPerLevel()) {
            list.add(new ListItem(count.levelTitle() + ": " + count.classes()
                    + (count.classes() == 1 ? " class" : " classes")));
        }
        return new Div(new H2("Classes attended at each level"), list);
    }
}
