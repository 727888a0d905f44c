package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warmpool.account.PasswordResetService;
import org.warmpool.base.RuleViolationException;

/** The page a reset link opens: the person chooses a new password and then logs in with it. */
@Route("reset-password")
@PageTitle("Choose a new password | Warmpool")
@AnonymousAllowed
public class ResetPasswordView extends Main implements HasUrlParameter<String> {

    private final transient PasswordResetService resets;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("register-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        removeAll();
        PasswordResetService.ResetOpen open;
        try {
            open = resets.check(token);
        } catch (RuleViolationException refused) {
            showRefusal(refused.getMessage());
            return;
        }
        NewPasswordFields fields = new NewPasswordFields(open.email(), open.name());
        Button save = new Button("Save my new password", click -> {
            if (!fields.validate()) {
                return;
            }
            String email;
            try {
                email = resets.reset(token, fields.password());
            } catch (RuleViolationException refused) {
                if (fields.showIfPolicy(refused.getMessage())) {
                    return;
                }
                showRefusal(refused.getMessage());
                return;
            }
            showDone(email);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-new-password");
        add(new H1(open.invitation() ? "Choose your password" : "Choose a new password"),
                new Paragraph("Hello " + open.name() + ". " + (open.invitation()
                        ? "Welcome: an account has been made for you. Choose its password. "
                        : "Choose a new password for your account. ")
                        + "You log in with your e-mail address, " + open.email() + "."),
                fields, save);
    }

    private void showRefusal(String message) {
        removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("reset-problem");
        add(new H1("This link cannot be used"), text,
                new Paragraph(new Anchor("forgot-password", "Ask for a new link")),
                new Paragraph(new Anchor("login", "Go to the log-in page")));
    }

    private void showDone(String email) {
        removeAll();
        Paragraph text = new Paragraph("Your new password is saved. Log in with " + email + " and your new password. "
                + "If you were logged in anywhere else, you have been logged out there.");
        text.setId("password-saved");
        add(new H1("Your password is changed"), text, new Paragraph(new Anchor("login", "Log in")));
    }
}
