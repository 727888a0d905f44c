package org.warmpool.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.warmpool.security.SystemTasks;
import org.warmpool.KaribuTest;
import org.warmpool.account.PasswordResetService;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.security.AppUser;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SessionEndedException;
import org.warmpool.security.UserAccountService;
import org.warmpool.security.ui.LoginView;

/** Forgot password, reset links, My account, sessions that end, and the first login, as people see them. */
class AccountPagesTest extends KaribuTest {

    private static final String OLD = "warm water on tuesday";
    private static final String NEW = "lilac otters swim at dawn";

    @Autowired
    ParticipantTestData participants;
    @Autowired
    UserAccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theLoginPageLeadsToForgotPasswordWhichSaysToAskTheFrontDeskWhenThereIsNoEmail() {
        navigate("login");
        assertThat(_get(Anchor.class, spec -> spec.withId("forgot-password")).getHref()).isEqualTo("forgot-password");

        navigate("forgot-password");

        assertThat(text("ask-front-desk")).isEqualTo(ForgotPasswordView.ASK_THE_FRONT_DESK);
    }

    @Test
    void theFrontDeskHandsOverALinkWithWhichTheParticipantChoosesANewPasswordOnce() {
        Registered ana = participants.register("Ana Forgot");
        login("desk@example.org", Role.FRONT_DESK);
        navigate("participant/" + ana.participantId());

        _click(_get(Button.class, spec -> spec.withText("Make a password reset link")));

        assertThat(text("reset-link-result")).contains("Please give " + ana.name() + " this link")
                .contains("It works once, until");
        String link = _get(Span.class, spec -> spec.withId("reset-link")).getText();
        String token = link.substring(link.indexOf("/reset-password/") + "/reset-password/".length());

        logout();
        navigate("reset-password/" + token);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "password1234");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), "password1234");
        _click(_get(Button.class, spec -> spec.withText("Save my new password")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("New password")).getErrorMessage())
                .contains("too well known");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), NEW);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), NEW);
        _click(_get(Button.class, spec -> spec.withText("Save my new password")));

        assertThat(text("password-saved")).contains("Log in with " + ana.email() + " and your new password");
        assertThat(passwordEncoder.matches(NEW, accounts.findByEmail(ana.email()).orElseThrow().getPasswordHash()))
                .isTrue();

        navigate("reset-password/" + token);
        assertThat(text("reset-problem")).isEqualTo(PasswordResetService.USED);
    }

    @Test
    void anUnknownLinkSaysSoInsteadOfFailing() {
        navigate("reset-password/not-a-real-link");

        assertThat(text("reset-problem")).isEqualTo(PasswordResetService.NOT_VALID);
        navigate("reset-password");
        assertThat(text("reset-problem")).isEqualTo(PasswordResetService.NOT_VALID);
    }

    @Test
    void changingThePasswordOnMyAccountKeepsThisSessionLoggedIn() {
        Registered ana = participants.register("Ana Change");
        login(ana.userId(), ana.email(), ana.name(), Role.PARTICIPANT);
        navigate("account");

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "not my password at all");
        fillNew(NEW);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Current password")).getErrorMessage())
                .isEqualTo(UserAccountService.WRONG_CURRENT_PASSWORD);

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), OLD);
        fillNew(NEW);
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Your password is changed."));
        assertThat(passwordEncoder.matches(NEW, accounts.findByEmail(ana.email()).orElseThrow().getPasswordHash()))
                .isTrue();
        navigate("messages");
        assertThat(activeView()).isNotInstanceOf(LoginView.class);
        assertThat(accounts.mustChangePassword()).as("a service call still goes through").isFalse();
    }

    @Test
    void aChangeMadeInAnotherSessionEndsThisOneAtItsNextNavigation() {
        Registered ana = participants.register("Ana Elsewhere");
        login(ana.userId(), ana.email(), ana.name(), Role.PARTICIPANT);
        navigate("messages");
        assertThat(activeView()).isNotInstanceOf(LoginView.class);

        changePasswordInAnotherSession(ana);
        navigate("messages");

        assertThat(activeView()).isInstanceOf(LoginView.class);
        assertThat(text("session-ended")).isEqualTo(SessionEndedException.MESSAGE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aChangeMadeInAnotherSessionRefusesThisOnesNextServiceCall() {
        Registered ana = participants.register("Ana Service");
        login(ana.userId(), ana.email(), ana.name(), Role.PARTICIPANT);
        navigate("account");

        changePasswordInAnotherSession(ana);

        assertThatThrownBy(() -> accounts.changeMyPassword(OLD, "another fine sunny morning"))
                .isInstanceOf(SessionEndedException.class);
        assertThat(passwordEncoder.matches(NEW, accounts.findByEmail(ana.email()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void someoneWhosePasswordWasChosenForThemMustChooseTheirOwnBeforeAnythingElse() {
        String email = "first-admin-" + UUID.randomUUID() + "@example.org";
        AppUser admin = SystemTasks.callAsStaff(() -> accounts.createAccount(email, "First Admin", OLD,
                EnumSet.of(Role.ADMIN), true));
        login(admin.getId(), email, "First Admin", Role.ADMIN);

        navigate("");
        assertThat(activeView()).isInstanceOf(AccountView.class);
        assertThat(text("must-change-password")).isEqualTo(AccountView.MUST_CHANGE);
        navigate("pools");
        assertThat(activeView()).isInstanceOf(AccountView.class);

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), OLD);
        fillNew(NEW);
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        navigate("pools");
        assertThat(activeView()).isNotInstanceOf(AccountView.class).isNotInstanceOf(LoginView.class);
    }

    /** The same person, logged in on another device a moment ago, changes the password there. */
    private void changePasswordInAnotherSession(Registered who) {
        var mine = SecurityContextHolder.getContext();
        var other = SecurityContextHolder.createEmptyContext();
        AppUserPrincipal elsewhere = new AppUserPrincipal(who.userId(), who.email(), who.name(), "n/a", true,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        Role.PARTICIPANT.authority())), Instant.now().minusSeconds(5));
        other.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(elsewhere, null,
                elsewhere.getAuthorities()));
        SecurityContextHolder.setContext(other);
        try {
            accounts.changeMyPassword(OLD, NEW);
        } finally {
            SecurityContextHolder.setContext(mine);
        }
    }

    private static void fillNew(String password) {
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("The same password again")), password);
    }

    private static Component activeView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return (Component) chain.get(0);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
