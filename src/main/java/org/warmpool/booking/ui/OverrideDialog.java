package org.warmpool.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.Notifications;
import org.warmpool.booking.Booking;

/**
 * The front desk books a class whose level does not suit the participant, with the reason that
 * is recorded. When the service refuses, its message shows and the dialog keeps what was typed.
 */
class OverrideDialog extends Dialog {

    private final TextArea reason = new TextArea("Reason for booking this class anyway");

    OverrideDialog(String name, String sessionWords, String whyNot, Consumer<String> book) {
        setHeaderTitle("Book " + name + " anyway?");
        reason.setRequired(true);
        reason.setMaxLength(Booking.OVERRIDE_REASON_MAX_LENGTH);
        reason.setHelperText("Required. Up to " + Booking.OVERRIDE_REASON_MAX_LENGTH + " characters; it is kept with the booking.");
        reason.setWidthFull();
        add(new Paragraph(sessionWords + ". It does not suit " + name + ": " + whyNot + "."), reason);

        Button confirm = new Button("Book anyway", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Enter the reason for booking this class anyway.");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                book.accept(reason.getValue());
            } catch (RuleViolationException refused) {
                Notifications.problem(refused.getMessage());
                return;
            }
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100vw)");
    }
}
