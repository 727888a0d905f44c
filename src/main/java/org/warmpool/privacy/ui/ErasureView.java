package org.warmpool.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.base.ui.Focus;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.privacy.ErasureService;
import org.warmpool.security.Roles;

/**
 * An administrator erases a participant on request: what goes and what stays, then a dialog that
 * asks for the participant's full name or the word ERASE before anything happens.
 */
@Route(value = "erase-participant", layout = MainLayout.class)
@PageTitle("Erase a participant | Warmpool")
@RolesAllowed(Roles.ADMIN)
public class ErasureView extends Main implements HasUrlParameter<Long> {

    private final transient ErasureService erasure;
    private long participantId;

    public ErasureView(ErasureService erasure) {
        this.erasure = erasure;
        addClassName("home-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long participantId) {
        this.participantId = participantId;
        show();
    }

    private void show() {
        removeAll();
        ErasureService.Candidate candidate = erasure.candidate(participantId);
        add(new H1("Erase " + candidate.fullName()));
        if (candidate.erased()) {
            add(new Paragraph("This participant has been erased. Nothing identifying is left."),
                    new Anchor("participant/" + participantId, "Back to the record"));
            return;
        }
        add(new Paragraph("Only when the person has asked for their data to be erased. It cannot be undone. "
                        + "Offer them their data first: they can download it under \"My data\"."),
                new H2("What is removed"),
                list("Name, e-mail, phone, date of birth and emergency contact",
                        "Every intake: answers, screening, medical clearance, doctor's visit and notes",
                        "Pain before and after classes, level suggestions and the accepted level",
                        "Messages, account invitations and reset links",
                        "The login: it is switched off and can never log in again"),
                new H2("What stays"),
                list("Bookings and attendance (class, status, attended or not), so the reports keep their numbers, "
                                + "without reasons or notes",
                        "Make-up credits",
                        "The audit log, which names staff and records, not the person; the erasure is added to it"));
        if (candidate.activePlaces() > 0) {
            add(new Paragraph("They still have " + candidate.activePlaces() + " place(s) in classes that have not "
                    + "ended. Cancel those first; the erasure will be refused until then."));
        }
        Button erase = new Button("Erase this participant…", click -> confirm(candidate, click.getSource()));
        erase.setId("erase-participant");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(erase, new Anchor("participant/" + participantId, "Back to the record"));
    }

    private void confirm(ErasureService.Candidate candidate, Component opener) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Erase " + candidate.fullName() + "?");
        TextField typed = new TextField("Type their full name or " + ErasureService.CONFIRMATION_WORD);
        typed.setRequired(true);
        typed.setWidthFull();
        typed.setHelperText("This cannot be undone.");
        Button erase = new Button("Erase", click -> {
            if (typed.getValue().isBlank()) {
                typed.setErrorMessage(ErasureService.NOT_CONFIRMED);
                typed.setInvalid(true);
                typed.focus();
                return;
            }
            erasure.erase(participantId, typed.getValue());
            dialog.close();
            Notifications.success("Participant " + participantId + " erased.");
            show();
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("Their personal and health data will be removed now, in one step."), typed);
        dialog.getFooter().add(new Button("Keep the data", click -> dialog.close()), erase);
        Focus.returnAfter(dialog, opener);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
