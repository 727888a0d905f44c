package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import org.warmpool.account.InvitationLink;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;

/**
 * What the administrator reads after making an invitation: that it was e-mailed, or the link to
 * hand over (e-mail is off), with the day until which it works.
 */
public class InvitationResult extends Div {

    /**
     * Replaces the dialog's form with the invitation's link, for an administrator to pass on when
     * e-mail is off; the dialog's only button left is Close.
     */
    public static void showIn(Dialog dialog, InvitationLink invitation) {
        dialog.removeAll();
        dialog.add(new InvitationResult(invitation));
        dialog.getFooter().removeAll();
        dialog.getFooter().add(new Button("Close", done -> dialog.close()));
    }

    public InvitationResult(InvitationLink invitation) {
        setId("invitation");
        var zone = VaadinService.getCurrent().getInstantiator().getOrCreate(ClinicSettings.class).timeZone();
        String until = invitation.validUntil().atZone(zone).format(ClinicFormats.DAY_LONG_YEAR);
        if (invitation.mailed()) {
            Paragraph text = new Paragraph("An invitation was e-mailed to " + invitation.email() + ". With its link "
                    + invitation.name() + " chooses a password; it works once, until " + until + ".");
            text.setId("invitation-result");
            add(text);
            return;
        }
        Paragraph text = new Paragraph("E-mail is not set up for this clinic, so no e-mail was sent. Please give "
                + invitation.name() + " this link, on paper or in person. With it they choose their password and "
                + "then log in with " + invitation.email() + ". It works once, until " + until + ".");
        text.setId("invitation-result");
        Span link = new Span(invitation.link());
        link.setId("invitation-link");
        link.addClassName("invitation-link");
        add(text, link);
    }
}
