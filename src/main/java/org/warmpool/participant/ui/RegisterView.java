package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.ClientAddress;
import org.warmpool.base.ui.FormErrors;
import org.warmpool.base.ui.Notifications;
import org.warmpool.participant.RegistrationForm;
import java.time.Clock;
import java.time.LocalDate;
import org.warmpool.participant.RegistrationService;

/** "Create an account": anyone can register as a participant, then log in and fill in the intake. */
@Route("register")
@PageTitle("Create an account | Warmpool")
@AnonymousAllowed
public class RegisterView extends Main {

    public RegisterView(RegistrationService registration, Clock clock) {
        addClassName("register-view");
        RegistrationFields fields = new RegistrationFields(true, LocalDate.now(clock));
        RegistrationForm form = new RegistrationForm();
        Button create = new Button("Create my account", click -> {
            try {
                fields.binder.writeBean(form);
            } catch (ValidationException invalid) {
                FormErrors.show(invalid);
                return;
            }
            // The same next page whether or not the address had an account (docs/user-guide.md).
            try {
                registration.registerOrTellOwner(form, ClientAddress.current());
            } catch (RuleViolationException refused) {
                // Too many registrations from this network, or a rule the fields do not check: the form stays.
                Notifications.problem(refused.getMessage());
                return;
            }
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?registered"));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-account");
        add(new H1("Create an account"),
                new Paragraph("With an account you can tell us about your pain, see the classes that suit you and "
                        + "book them. It takes about five minutes."),
                fields, create, new Paragraph(new Anchor("login", "I already have an account: log in")));
    }
}
