package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.account.PasswordResetService;
import org.warmpool.account.ResetLink;
import org.warmpool.base.ClinicSettings;

/**
 * For staff on a person's page: "Make a password reset link" shows a single-use link, valid for an
 * hour, to give the person on paper or read out (the front desk for participants, an
 * administrator for anyone). The service checks who may.
 */
public class ResetLinkButton extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public ResetLinkButton(long userId, String name) {
        setId("reset-link-section");
        PasswordResetService resets = VaadinService.getCurrent().getInstantiator()
                .getOrCreate(PasswordResetService.class);
        ZoneId zone = VaadinService.getCurrent().getInstantiator().getOrCreate(ClinicSettings.class).timeZone();
        Button make = new Button("Make a password reset link", click -> {
            ResetLink link = resets.createResetLink(userId, AddressInUse.current());
            removeAll();
            Paragraph text = new Paragraph("Please give " + link.name() + " this link, on paper or read out. It "
                    + "works once, until " + link.validUntil().atZone(zone).format(TIME) + " today, and lets them "
                    + "choose a new password for " + link.email() + ". Any older link stops working.");
            text.setId("reset-link-result");
            Span shown = new Span(link.link());
            shown.setId("reset-link");
            shown.addClassName("invitation-link");
            add(text, shown);
        });
        make.setId("make-reset-link");
        make.addClassName("wrapping-button");
        make.setTooltipText("For " + name + " when they have forgotten their password");
        add(make);
    }
}
