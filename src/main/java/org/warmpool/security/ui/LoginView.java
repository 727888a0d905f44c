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

@Route("login")
@PageTitle("Log in | Warmpool")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph("Your account is ready. Log in to tell us about your pain.");

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");

        H1 title = new H1("Warmpool");
        Paragraph intro = new Paragraph("Gentle warm-pool classes for back pain and sciatica. "
                + "Log in with your e-mail address and password.");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("E-mail");
        i18n.getErrorMessage().setTitle("Wrong e-mail or password");
        i18n.getErrorMessage().setMessage("Check the e-mail and password and try again. "
                + "If you have forgotten your password, ask the front desk.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        registered.setVisible(false);
        registered.addClassName("success-text");
        add(title, intro, registered, form, new Paragraph(new Anchor("register", "New here? Create an account")));
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
    }
}
