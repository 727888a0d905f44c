package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warmpool.account.PasswordResetService;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.ClientAddress;
import org.warmpool.base.ui.Notifications;

/**
 * "Forgot your password?": the person types their e-mail address and gets a link by e-mail. The
 * answer is the same whether or not the address has an account. Without e-mail the page says to
 * ask the front desk, who can make a link to hand over.
 */
@Route("forgot-password")
@PageTitle("Forgot your password? | Warmpool")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    static final String SENT = "If an account uses this address, we have sent it an e-mail with a link to choose a "
            + "new password. The link works once, for 1 hour. Nothing in your inbox after a few minutes? Look in the "
            + "spam folder, check the address, or ask the front desk.";
    static final String ASK_THE_FRONT_DESK = "This clinic does not send e-mail, so we cannot send you a link. Please "
            + "ask the front desk, in person or by phone: they can give you a link to choose a new password.";

    public ForgotPasswordView(PasswordResetService resets) {
        addClassName("register-view");
        add(new H1("Forgot your password?"));
        if (!resets.selfServiceAvailable()) {
            Paragraph ask = new Paragraph(ASK_THE_FRONT_DESK);
            ask.setId("ask-front-desk");
            add(ask, new Paragraph(new Anchor("login", "Back to the log-in page")));
            return;
        }
        EmailField email = new EmailField("E-mail");
        email.setHelperText("The address you log in with");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage("Enter an e-mail address like name@example.org"));
        Paragraph sent = new Paragraph(SENT);
        sent.setId("reset-requested");
        sent.addClassName("success-text");
        sent.setVisible(false);
        Button send = new Button("Send me a link", click -> {
            String typed = email.getValue().strip();
            if (typed.isEmpty() || !typed.contains("@") || email.isInvalid()) {
                email.setErrorMessage("Enter the e-mail address you log in with, like name@example.org");
                email.setInvalid(true);
                return;
            }
            email.setInvalid(false);
            try {
                resets.requestLink(typed, ClientAddress.current());
            } catch (RuleViolationException tooMany) {
                sent.setVisible(false);
                Notifications.problem(tooMany.getMessage());
                return;
            }
            sent.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reset-link");
        add(new Paragraph("Type the e-mail address you log in with. We will send you a link to choose a new "
                + "password."), email, send, sent, new Paragraph(new Anchor("login", "Back to the log-in page")));
    }
}
