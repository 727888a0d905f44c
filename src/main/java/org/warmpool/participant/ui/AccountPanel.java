package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.Invitation;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.Participant;

/** A walk-in without an account: the front desk can invite them to set a password. */
class AccountPanel extends Div {

    AccountPanel(Participant p, boolean mayInvite, InvitationService invitations) {
        setId("account");
        if (p.getEmail() == null) {
            add(new Paragraph("No account: " + p.getFullName() + " has no e-mail address, which an account "
                    + "needs to log in with."));
            return;
        }
        add(new Paragraph("No account yet: " + p.getFullName() + " cannot log in."));
        if (mayInvite) {
            Button invite = new Button("Send account invitation", click -> {
                Invitation.Sent sent = invitations.invite(p.getId(), AddressInUse.current());
                removeAll();
                add(invitationResult(sent));
            });
            invite.setId("send-invitation");
            add(invite);
        }
    }

    private static Div invitationResult(Invitation.Sent sent) {
        String until = sent.validUntil().format(ClinicFormats.DATE_SHORT_YEAR);
        if (sent.mailed()) {
            Notifications.success("Invitation sent to " + sent.email() + ".");
            Paragraph text = new Paragraph("Invitation sent to " + sent.email() + ". The link in it works once, "
                    + "until " + until + ".");
            text.setId("invitation-result");
            return new Div(text);
        }
        Paragraph text = new Paragraph((sent.mailEnabled() ? "The invitation e-mail could not be sent just now."
                : "E-mail is not set up for this clinic, so no e-mail was sent.") + " Please give " + sent.name()
                + " this link, on paper or read out. It works once, until " + until + ".");
        text.setId("invitation-result");
        Span link = new Span(sent.link());
        link.setId("invitation-link");
        link.addClassName("invitation-link");
        return new Div(text, link);
    }
}
