package org.warmpool.participant.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.warmpool.KaribuTest;
import org.warmpool.TestClock;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.InvitationService;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationForms;
import org.warmpool.participant.RegistrationService;
import org.warmpool.security.AppUser;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

class InvitationViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "sunny lane by the river";

    @Autowired
    RegistrationService registration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    IntakeService intakes;
    @Autowired
    TestClock clock;

    @Test
    void theFrontDeskInvitesAWalkInWhoSetsAPasswordAndCanLogIn() {
        RegistrationForm form = RegistrationForms.form("Walter Walkin");
        long walkIn = walkIn(form);
        login("desk@example.org", Role.FRONT_DESK);
        navigate("participant/" + walkIn);
        assertThat(text("account")).contains("No account yet");

        _click(_get(Button.class, spec -> spec.withText("Send account invitation")));

        assertThat(text("invitation-result")).contains("E-mail is not set up for this clinic, so no e-mail was "
                + "sent. Please give " + form.getFullName() + " this link");
        String link = _get(Span.class, spec -> spec.withId("invitation-link")).getText();
        assertThat(link).contains("/invitation/");
        String token = link.substring(link.indexOf("/invitation/") + "/invitation/".length());

        logout();
        navigate("invitation/" + token);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.contains("You will log in with your e-mail address, " + form.getEmail().toLowerCase()));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), NEW_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        assertThat(text("account-ready")).contains("Your account is ready. You can now log in with "
                + form.getEmail().toLowerCase());
        Authentication loggedIn = logIn(form.getEmail(), NEW_PASSWORD);
        assertThat(loggedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.PARTICIPANT.authority());
        SecurityContextHolder.getContext().setAuthentication(loggedIn);
        assertThat(intakes.myParticipantId()).as("the account is the walk-in's record").isEqualTo(walkIn);
        logout();

        navigate("invitation/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("This invitation cannot be used");
        assertThat(text("invitation-problem")).isEqualTo(InvitationService.USED);
        assertThat(passwordEncoder.matches(NEW_PASSWORD,
                accounts.findByEmail(form.getEmail()).map(AppUser::getPasswordHash).orElseThrow())).isTrue();
    }

    @Test
    void aWeakPasswordIsRefusedOnItsFieldAndTheLinkStillWorks() {
        String token = invitedToken(RegistrationForms.form("Petra Password"));
        logout();
        navigate("invitation/" + token);

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        _setValue(password, "password123");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), "password123");
        _click(_get(Button.class, spec -> spec.withText("Create my account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 12 characters");
        navigate("invitation/" + token);
        assertThat(_get(H1.class).getText()).isEqualTo("Create your account");
    }

    @Test
    void anExpiredOrUnknownLinkGetsAClearMessage() {
        String token = invitedToken(RegistrationForms.form("Eddie Expired"));
        logout();
        try {
            clock.moveTo(Instant.now().plus(InvitationService.VALID_FOR).plus(Duration.ofMinutes(1)));
            navigate("invitation/" + token);
        } finally {
            clock.reset();
        }
        assertThat(text("invitation-problem")).isEqualTo(InvitationService.EXPIRED);

        navigate("invitation/not-a-real-token");

        assertThat(text("invitation-problem")).isEqualTo(InvitationService.NOT_VALID);
    }

    @Test
    void aNewInvitationMakesTheEarlierLinkStopWorking() {
        RegistrationForm form = RegistrationForms.form("Nora Newer");
        long walkIn = walkIn(form);
        login("desk@example.org", Role.FRONT_DESK);
        navigate("participant/" + walkIn);
        _click(_get(Button.class, spec -> spec.withText("Send account invitation")));
        String first = _get(Span.class, spec -> spec.withId("invitation-link")).getText();
        navigate("participant/" + walkIn);
        _click(_get(Button.class, spec -> spec.withText("Send account invitation")));
        String second = _get(Span.class, spec -> spec.withId("invitation-link")).getText();
        logout();

        navigate(first.substring(first.indexOf("invitation/")));
        assertThat(text("invitation-problem")).isEqualTo(InvitationService.REPLACED);
        navigate(second.substring(second.indexOf("invitation/")));
        _assertNone(Paragraph.class, spec -> spec.withId("invitation-problem"));
    }

    @Test
    void aWalkInWithoutEmailCannotBeInvited() {
        RegistrationForm form = RegistrationForms.form("Nora Noemail");
        form.setEmail(null);
        long walkIn = walkIn(form);
        login("desk@example.org", Role.FRONT_DESK);

        navigate("participant/" + walkIn);

        assertThat(text("account")).contains("has no e-mail address");
        assertThat(_find(Button.class, spec -> spec.withText("Send account invitation"))).isEmpty();
    }

    private String invitedToken(RegistrationForm form) {
        long walkIn = walkIn(form);
        login("desk@example.org", Role.FRONT_DESK);
        navigate("participant/" + walkIn);
        _click(_get(Button.class, spec -> spec.withText("Send account invitation")));
        String link = _get(Span.class, spec -> spec.withId("invitation-link")).getText();
        return link.substring(link.indexOf("/invitation/") + "/invitation/".length());
    }

    private long walkIn(RegistrationForm form) {
        long[] id = new long[1];
        SystemTasks.runAsStaff(() -> id[0] = registration.registerWalkIn(form).getId());
        return id[0];
    }

    private Authentication logIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }
}
