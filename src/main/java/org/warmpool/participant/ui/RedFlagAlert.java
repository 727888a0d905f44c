package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.List;
import org.warmpool.base.ClinicSettings;
import org.warmpool.participant.RedFlag;

/**
 * "Seek medical care now", shown on the safety step as soon as a red-flag question is answered
 * "Yes", with what to do and the numbers to call. The box is always on the page as a live region
 * (role alert), so that a screen reader announces the warning the moment it is filled in; it is
 * emptied again when every red-flag question is answered "No". Large text, a heading and a thick
 * border: the warning never depends on its colour.
 */
class RedFlagAlert extends Div {

    static final String HEADING = "Please seek medical care now";

    private final ClinicSettings clinic;

    RedFlagAlert(ClinicSettings clinic) {
        this.clinic = clinic;
        setId("red-flag-alert");
        getElement().setAttribute("role", "alert");
    }

    /** Shows the warning for these "Yes" answers, or nothing when there are none. */
    void show(Collection<RedFlag> yes) {
        boolean wasShown = isShown();
        removeAll();
        removeClassNames("outcome", "outcome-red-flag", "urgent-alert");
        if (yes.isEmpty()) {
            return;
        }
        addClassNames("outcome", "outcome-red-flag", "urgent-alert");
        List<String> reasons = yes.stream().sorted().map(RedFlag::reason).toList();
        Paragraph why = new Paragraph("You told us about " + String.join(", ", reasons) + ". This can be a sign of "
                + "a condition that needs a doctor straight away, not an exercise class.");
        UnorderedList todo = new UnorderedList();
        todo.addClassName("urgent-steps");
        ListItem emergency = new ListItem(new Span("If it came on suddenly, is getting worse quickly, or you cannot "
                + "pass urine or control your bladder or bowels: call "), tel(clinic.emergencyNumber()),
                new Span(" now, or go to the nearest emergency department."));
        ListItem doctor = new ListItem(new Span("Otherwise, phone your doctor today"));
        if (clinic.hasPhone()) {
            doctor.add(new Span(", or phone the clinic on "), tel(clinic.phone()));
        }
        doctor.add(new Span("."));
        ListItem booking = new ListItem("You can finish these questions. Booking stays closed until the clinic "
                + "has recorded that a doctor has seen you.");
        todo.add(emergency, doctor, booking);
        add(new H2(HEADING), why, todo);
        if (!wasShown) {
            scrollIntoView();
        }
    }

    boolean isShown() {
        return getChildren().findAny().isPresent();
    }

    private static Anchor tel(String number) {
        Anchor call = new Anchor("tel:" + number.replaceAll("[^0-9+]", ""), number);
        call.addClassName("phone-number");
        return call;
    }
}
