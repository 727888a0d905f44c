package org.warmpool.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Consumer;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.CheckInSession;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ParticipantSummary;

/**
 * Books someone who walked in into a class starting around now. They must be registered and have
 * answered the questions; the booking rules are the service's, and a refusal says why.
 */
class WalkInDialog extends Dialog {

    final ComboBox<ParticipantSummary> participant = new ComboBox<>("Participant");

    WalkInDialog(BookingService bookings, ParticipantRecordService records, CheckInSession session,
            Consumer<String> booked) {
        setHeaderTitle("Add a walk-in to " + session.start() + " " + session.title());
        participant.setHelperText("Type part of their name, e-mail or phone.");
        participant.setRequiredIndicatorVisible(true);
        participant.setWidthFull();
        participant.setItemLabelGenerator(p -> p.phone() == null ? p.fullName() : p.fullName() + ", " + p.phone());
        participant.setItems(query -> records.search(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        // The walk-in page registers and screens someone new on one page (the recommendation
        // feature's page, by its route name).
        Paragraph newcomer = new Paragraph("Someone new? ");
        Anchor register = new Anchor("walk-in", "Register a walk-in");
        register.addClassName("text-link"); // underlined by the theme (axe: link-in-text-block)
        newcomer.add(register);
        newcomer.add(": their details and the safety questions on one page, then book.");

        Button book = new Button("Book a place", click -> {
            ParticipantSummary chosen = participant.getValue();
            if (chosen == null) {
                participant.setErrorMessage("Choose who to book.");
                participant.setInvalid(true);
                return;
            }
            bookings.bookFor(chosen.id(), session.sessionId(), false, null);
            close();
            Notifications.success(chosen.fullName() + " has a place in this class.");
            booked.accept(chosen.fullName());
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(participant, newcomer);
        getFooter().add(new Button("Cancel", click -> close()), book);
        setWidth("min(36rem, 100vw)");
    }
}
