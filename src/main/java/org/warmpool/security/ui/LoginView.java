package org.warmpool.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.Mailer;
import org.warmpool.security.LoginSettings;
import org.warmpool.security.SessionEndedException;

@Route("login")
@PageTitle("Log in | Warmpool")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();
    private final Paragraph ended = new Paragraph(SessionEndedException.MESSAGE);

    public LoginView(AuthenticationContext authentication, Mailer mailer, LoginSettings login) {
        this.authentication = authentication;
        addClassName("login-view");

        H1 title = new H1("Warmpool");
        Paragraph intro = new Paragraph("Gentle warm-pool classes for back pain and sciatica. "
                + "Log in with your e-mail address and password.");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Wrong e-mail or password");
        i18n.getErrorMessage().setMessage(errorMessage(login));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        // The same words whether or not the address had an account already (docs/user-guide.md).
        registered.setText("Thank you. Your account is ready if this e-mail address was new to us: log in with it "
                + "and the password you chose, and tell us about your pain. If the address already had an account, "
                + "nothing was changed" + (mailer.isEnabled() ? " and we have sent it an e-mail about this" : "")
                + ": log in with your existing password, or use \"Forgot your password?\".");
        registered.setId("registered");
        registered.setVisible(false);
        registered.addClassName("success-text");
        ended.setId("session-ended");
        ended.setVisible(false);
        Anchor forgot = new Anchor("forgot-password", "Forgot your password?");
        forgot.setId("forgot-password");
        Anchor accessibility = new Anchor("accessibility", "Accessibility");
        accessibility.setId("accessibility-statement");
        add(title, intro, registered, ended, form, new Paragraph(forgot),
                new Paragraph(new Anchor("register", "New here? Create an account")), new Paragraph(accessibility));
    }

    /**
     * The words after any refused log-in: a wrong password, an unknown address, and a log-in refused
     * because of too many failures read the same, so the page reveals neither accounts nor locks.
     */
    static String errorMessage(LoginSettings login) {
        return "Check the e-mail and password and try again. After several wrong tries, logging in with that "
                + "e-mail address pauses for " + ClinicFormats.minutes(login.lock())
                + ": wait, or choose \"Forgot your password?\" below.";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        registered.setVisible(parameters.containsKey("registered"));
        ended.setVisible(parameters.containsKey("ended"));
    }
}
