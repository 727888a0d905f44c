package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.Invitation;
import org.warmpool.participant.InvitationService;
import org.warmpool.security.PasswordPolicy;

/** The page an invitation link opens: the walk-in chooses a password and their account is ready. */
@Route("invitation")
@PageTitle("Create your account | Warmpool")
@AnonymousAllowed
public class InvitationView extends Main implements HasUrlParameter<String> {

    private final transient InvitationService invitations;

    public InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("register-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        Invitation.Open invitation;
        try {
            invitation = invitations.check(token);
        } catch (RuleViolationException refused) {
            showRefusal(refused.getMessage());
            return;
        }
        PasswordField password = new PasswordField("Password");
        password.setHelperText(PasswordPolicy.HELPER_TEXT);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        PasswordField again = new PasswordField("The same password again");
        again.setRequiredIndicatorVisible(true);
        again.setWidthFull();
        Button create = new Button("Create my account", click -> {
            password.setInvalid(false);
            again.setInvalid(false);
            Optional<String> problem = PasswordPolicy.problem(password.getValue(), invitation.email(), invitation.name());
            if (problem.isPresent()) {
                password.setErrorMessage(problem.get());
                password.setInvalid(true);
                return;
            }
            if (!password.getValue().equals(again.getValue())) {
                again.setErrorMessage("The two passwords are not the same. Please type it again.");
                again.setInvalid(true);
                return;
            }
            String email;
            try {
                email = invitations.accept(token, password.getValue());
            } catch (RuleViolationException refused) {
                showRefusal(refused.getMessage());
                return;
            }
            showReady(email);
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        add(new H1("Create your account"),
                new Paragraph("Hello " + invitation.name() + ". Choose a password for your account. You will log "
                        + "in with your e-mail address, " + invitation.email() + "."),
                password, again, create);
    }

    private void showRefusal(String message) {
        removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("invitation-problem");
        add(new H1("This invitation cannot be used"), text, new Paragraph(new Anchor("login", "Go to the log-in page")));
    }

    private void showReady(String email) {
        removeAll();
        Paragraph text = new Paragraph("Your account is ready. You can now log in with " + email
                + " and your new password.");
        text.setId("account-ready");
        add(new H1("Your account is ready"), text, new Paragraph(new Anchor("login", "Log in")));
    }
}
