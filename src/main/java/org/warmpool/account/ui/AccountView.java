package org.warmpool.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.warmpool.account.CalendarAddresses;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.AddressInUse;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

/**
 * My account, for every logged-in person: who they are logged in as, and changing the password
 * (the current one required); for participants and instructors, their private calendar address. After a change every other session of the account ends; this one
 * goes on. Someone whose password was chosen by someone else is sent here until they change it.
 */
@Route(value = AccountView.ROUTE, layout = MainLayout.class)
@PageTitle("My account | Warmpool")
@PermitAll
public class AccountView extends Main {

    public static final String ROUTE = "account";
    static final String MUST_CHANGE = "Please choose a new password before you go on: the one you have now was chosen "
            + "by someone else.";

    private final transient UserAccountService accounts;
    private final transient CurrentUser currentUser;
    private final transient CalendarAddresses calendarAddresses;
    private final transient ClinicSettings clinic;
    private final Div calendar = new Div();

    public AccountView(UserAccountService accounts, CurrentUser currentUser, CalendarAddresses calendarAddresses,
            ClinicSettings clinic) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.calendarAddresses = calendarAddresses;
        this.clinic = clinic;
        calendar.setId("calendar-address-section");
        addClassName("home-view");
        show();
    }

    private void show() {
        removeAll();
        AppUserPrincipal me = currentUser.principal().orElse(null);
        if (me == null) {
            return;
        }
        if (accounts.mustChangePassword()) {
            Paragraph must = new Paragraph(MUST_CHANGE);
            must.setId("must-change-password");
            must.addClassName("warning-text");
            add(must);
        }
        add(new Paragraph("You are logged in as " + me.getDisplayName() + ", with the e-mail address "
                + me.getUsername() + " (" + currentUser.roles().stream().map(Role::label)
                .collect(Collectors.joining(", ")) + ")."));
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            Anchor seen = new Anchor("who-has-seen-my-record", "Who has seen my record: staff and instructors "
                    + "who opened or changed your health record");
            seen.setId("seen-my-record-link");
            add(new Paragraph(seen));
        }

        PasswordField current = new PasswordField("Current password");
        current.setRequiredIndicatorVisible(true);
        current.setWidthFull();
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        NewPasswordFields fields = new NewPasswordFields(me.getUsername(), me.getDisplayName());
        Button change = new Button("Change password", click -> {
            current.setInvalid(false);
            if (current.getValue().isEmpty()) {
                current.setErrorMessage("Type the password you log in with now.");
                current.setInvalid(true);
                return;
            }
            if (!fields.validate()) {
                return;
            }
            try {
                accounts.changeMyPassword(current.getValue(), fields.password());
            } catch (RuleViolationException refused) {
                if (UserAccountService.WRONG_CURRENT_PASSWORD.equals(refused.getMessage())) {
                    current.setErrorMessage(refused.getMessage());
                    current.setInvalid(true);
                    return;
                }
                if (!fields.showIfPolicy(refused.getMessage())) {
                    Notifications.problem(refused.getMessage());
                }
                return;
            }
            keepThisSessionLoggedIn();
            Notifications.success("Your password is changed. If you were logged in anywhere else, you have been "
                    + "logged out there.");
            show();
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        add(new H2("Change your password"), current, fields, change);
        if (currentUser.hasRole(Role.PARTICIPANT) || currentUser.hasRole(Role.INSTRUCTOR)) {
            showCalendar(null);
            add(calendar);
        }
    }

    /**
     * The private calendar address: made, made anew (the old one stops working) or stopped here. The
     * address is shown once, just after it is made: only its hash is stored.
     *
     * @param justMade the address made a moment ago, or null
     */
    private void showCalendar(String justMade) {
        calendar.removeAll();
        String what = currentUser.hasRole(Role.PARTICIPANT) && currentUser.hasRole(Role.INSTRUCTOR)
                ? "your bookings, waitlist places and the classes you teach"
                : currentUser.hasRole(Role.PARTICIPANT) ? "your bookings and waitlist places" : "the classes you teach";
        calendar.add(new H2("Calendar address"), new Paragraph("Your calendar program (on your phone or computer) "
                + "can show " + what + " and keep them up to date. Add your private calendar address to it as a "
                + "subscription (often called \"Add calendar\", \"From URL\" or \"Subscribe\"). Anyone who has the "
                + "address can see your classes, so keep it to yourself. Nothing about your health is in it."));
        Optional<Instant> liveSince = calendarAddresses.liveSince();
        if (justMade != null) {
            TextField address = new TextField("Your calendar address");
            address.setId("calendar-address");
            address.setValue(justMade);
            address.setReadOnly(true);
            address.setWidthFull();
            address.setHelperText("Copy it now: it is shown only this once. If you lose it, make a new address.");
            calendar.add(address);
        } else if (liveSince.isPresent()) {
            calendar.add(new Paragraph("You have a calendar address, made on " + liveSince.get()
                    .atZone(clinic.timeZone()).format(ClinicFormats.DATE_LONG_YEAR) + ". It is shown only once, when "
                    + "it is made. To see one again, make a new address: the old one then stops working."));
        } else {
            calendar.add(new Paragraph("You have no calendar address."));
        }
        Button make = new Button(liveSince.isPresent() ? "Make a new address" : "Make a calendar address", click -> {
            String made = calendarAddresses.makeNew(AddressInUse.current());
            Notifications.success(liveSince.isPresent() ? "Your new calendar address is made. The old one no "
                    + "longer works: replace it in your calendar program." : "Your calendar address is made.");
            showCalendar(made);
        });
        make.setId("make-calendar-address");
        Div buttons = new Div(make);
        buttons.addClassName("card-actions");
        if (liveSince.isPresent()) {
            Button stop = new Button("Stop the calendar address", click -> {
                calendarAddresses.stop();
                Notifications.success("Your calendar address is stopped: calendar programs can no longer read it.");
                showCalendar(null);
            });
            stop.setId("stop-calendar-address");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(stop);
        }
        calendar.add(buttons);
    }

    /** The session's login now counts from the change: store that in the HTTP session as well. */
    private static void keepThisSessionLoggedIn() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.getContext(),
                    request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }
}
