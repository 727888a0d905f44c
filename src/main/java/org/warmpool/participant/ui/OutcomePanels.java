package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.warmpool.participant.ScreeningOutcome;

/** The screening outcome in plain words, with what to do next. */
public final class OutcomePanels {

    static final String NOT_MEDICAL_ADVICE = "This is not medical advice. If your pain changes suddenly or you "
            + "feel unwell, contact your doctor.";

    private OutcomePanels() {
    }

    /** The outcome, with a link to the recommended classes when they may book ({@code classesLink} not null). */
    public static Div of(ScreeningOutcome outcome, String classesLink) {
        Div panel = new Div();
        panel.setId("screening-outcome");
        panel.addClassName("outcome");
        switch (outcome.status()) {
            case RED_FLAG -> {
                panel.addClassName("outcome-red-flag");
                panel.getElement().setAttribute("role", "alert");
                panel.add(new H2("Please contact a doctor or emergency services now"));
            }
            case NEEDS_CLEARANCE -> {
                panel.addClassName("outcome-clearance");
                panel.add(new H2("We need your doctor's note first"));
            }
            case CLEARED -> {
                panel.addClassName("outcome-cleared");
                panel.add(new H2("You can book classes"));
            }
        }
        panel.add(new Paragraph(outcome.message()));
        if (outcome.mayBook() && classesLink != null) {
            panel.add(new Anchor(classesLink, "See the classes that suit you"));
        }
        panel.add(new Paragraph(NOT_MEDICAL_ADVICE));
        return panel;
    }
}
