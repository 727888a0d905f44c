package org.warmpool.participant.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.warmpool.base.ClinicFormats;
import org.warmpool.participant.HealthRecord;
import org.warmpool.participant.Participant;

/** The top of a participant's record: name, whether they may book, contact details. */
class ParticipantHeader extends Div {

    ParticipantHeader(HealthRecord record) {
        Participant p = record.participant();
        add(new H1(p.getFullName()));
        if (record.redFlag()) {
            Span redFlag = badge("Red flag: refer to a doctor", "badge error primary");
            redFlag.setId("red-flag-badge");
            add(redFlag);
        } else if (record.waitingForClearance()) {
            add(badge("Waiting for medical clearance", "badge contrast"));
        } else if (record.mayBook()) {
            add(badge("May book", "badge success"));
        }
        if (p.isErased()) {
            add(new Paragraph("Personal and health data erased on request. Bookings and attendance stay "
                    + "for the reports."));
            return;
        }
        add(new Paragraph("Born " + p.getDateOfBirth().format(ClinicFormats.DATE_SHORT_YEAR) + ". " + contact(p)),
                new Paragraph("Emergency contact: " + p.getEmergencyContactName() + ", "
                        + p.getEmergencyContactPhone()));
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static String contact(Participant p) {
        return Stream.of(p.getEmail(), p.getPhone()).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
