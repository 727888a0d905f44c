package org.warmpool.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.security.SystemTasks;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AccountSessions;
import org.warmpool.security.AppUser;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SecretTokens;
import org.warmpool.security.UserAccountService;

/** Reset links as staff make them and people use them (e-mail is off in this context). */
@SpringBootTest
@ActiveProfiles("test")
class PasswordResetServiceTest {

    static final String OLD = "warm water on tuesday";
    static final String NEW = "lilac otters swim at dawn";

    @Autowired
    PasswordResetService resets;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AccountSessions sessions;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLinkFromTheFrontDeskSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
        AppUser ana = account("ana", Role.PARTICIPANT);

        ResetLink link = asFrontDesk(() -> resets.createResetLink(ana.getId(), "https://pool.example"));
        String token = tokenOf(link);

        assertThat(link.link()).startsWith("https://pool.example/reset-password/");
        assertThat(link.validUntil()).isBetween(clock.instant().plus(Duration.ofMinutes(59)),
                clock.instant().plus(Duration.ofMinutes(61)));
        assertThat(resets.check(token).email()).isEqualTo(ana.getEmail());
        assertThat(resets.reset(token, NEW)).isEqualTo(ana.getEmail());

        assertThat(logIn(ana.getEmail(), NEW)).isTrue();
        assertThatThrownBy(() -> logIn(ana.getEmail(), OLD)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> resets.reset(token, "another fine sunny morning"))
                .isInstanceOf(RuleViolationException.class).hasMessage(PasswordResetService.USED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE token_hash = ?", Integer.class,
                token)).as("the token itself is not stored").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE token_hash = ? "
                + "AND used_at IS NOT NULL", Integer.class, SecretTokens.hash(token)))
                .as("its SHA-256 is, marked used").isEqualTo(1);
    }

    @Test
    void aLinkWorksForOneHourAndNotAMomentLonger() {
        AppUser ana = account("ana", Role.PARTICIPANT);
        String beforeTheEnd = tokenOf(asFrontDesk(() -> resets.createResetLink(ana.getId(), "")));
        Instant made = clock.instant();

        clock.moveTo(made.plus(Duration.ofMinutes(59)));
        assertThat(resets.check(beforeTheEnd).name()).isEqualTo(ana.getDisplayName());

        clock.moveTo(made.plus(Duration.ofMinutes(61)));
        assertThatThrownBy(() -> resets.check(beforeTheEnd)).hasMessage(PasswordResetService.EXPIRED);
        assertThatThrownBy(() -> resets.reset(beforeTheEnd, NEW)).hasMessage(PasswordResetService.EXPIRED);
        clock.reset();
        assertThat(logIn(ana.getEmail(), OLD)).isTrue();
    }

    @Test
    void aNewerLinkReplacesTheOlderOne() {
        AppUser ana = account("ana", Role.PARTICIPANT);
        String first = tokenOf(asFrontDesk(() -> resets.createResetLink(ana.getId(), "")));
        String second = tokenOf(asFrontDesk(() -> resets.createResetLink(ana.getId(), "")));

        assertThatThrownBy(() -> resets.reset(first, NEW)).hasMessage(PasswordResetService.REPLACED);
        resets.reset(second, NEW);
        assertThat(logIn(ana.getEmail(), NEW)).isTrue();
    }

    @Test
    void anUnknownOrMangledLinkIsRefusedInWords() {
        assertThatThrownBy(() -> resets.check("no-such-token")).hasMessage(PasswordResetService.NOT_VALID);
        assertThatThrownBy(() -> resets.check("")).hasMessage(PasswordResetService.NOT_VALID);
        assertThatThrownBy(() -> resets.check("x".repeat(500))).hasMessage(PasswordResetService.NOT_VALID);
        assertThatThrownBy(() -> resets.reset("no-such-token", NEW)).hasMessage(PasswordResetService.NOT_VALID);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        AppUser ana = account("ana", Role.PARTICIPANT);
        String token = tokenOf(asFrontDesk(() -> resets.createResetLink(ana.getId(), "")));

        assertThatThrownBy(() -> resets.reset(token, "password1234")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("too well known");
        assertThatThrownBy(() -> resets.reset(token, ana.getEmail())).hasMessageContaining("e-mail address");

        resets.reset(token, NEW);
        assertThat(logIn(ana.getEmail(), NEW)).isTrue();
    }

    @Test
    void theFrontDeskMakesLinksForParticipantsOnlyAndAnAdministratorForAnyone() {
        AppUser instructor = account("ivo", Role.INSTRUCTOR);
        AppUser admin = account("ada", Role.ADMIN);

        assertThatThrownBy(() -> asFrontDesk(() -> resets.createResetLink(instructor.getId(), "")))
                .hasMessageContaining("Only an administrator");
        assertThatThrownBy(() -> asFrontDesk(() -> resets.createResetLink(admin.getId(), "")))
                .hasMessageContaining("Only an administrator");

        String token = tokenOf(as("boss@example.org", () -> resets.createResetLink(instructor.getId(), ""),
                Role.ADMIN));
        resets.reset(token, NEW);
        assertThat(logIn(instructor.getEmail(), NEW)).isTrue();
        assertThatThrownBy(() -> as("pat@example.org", () -> resets.createResetLink(instructor.getId(), ""),
                Role.PARTICIPANT)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aResetEndsEverySessionOfTheAccount() {
        AppUser ana = account("ana", Role.PARTICIPANT);
        AppUserPrincipal openSession = principal(ana, clock.instant().minusSeconds(60));
        assertThat(sessions.of(openSession)).isEqualTo(AccountSessions.Status.CURRENT);

        resets.reset(tokenOf(asFrontDesk(() -> resets.createResetLink(ana.getId(), ""))), NEW);

        assertThat(sessions.of(openSession)).isEqualTo(AccountSessions.Status.ENDED);
        assertThat(sessions.of(principal(ana, clock.instant().plusMillis(1))))
                .isEqualTo(AccountSessions.Status.CURRENT);
    }

    @Test
    void withoutEmailNobodyCanAskForALinkThemselvesAndNothingIsStored() {
        AppUser ana = account("ana", Role.PARTICIPANT);

        assertThat(resets.selfServiceAvailable()).isFalse();
        resets.requestLink(ana.getEmail(), "192.0.2.1");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_reset WHERE user_id = ?", Integer.class,
                ana.getId())).isZero();
    }

    @Test
    void oneNetworkMayAskForTenLinksAnHourThenIsToldPolitelyWhenToTryAgain() {
        String from = "2001:db8:1::" + UUID.randomUUID().toString().substring(0, 4);
        Instant first = clock.instant();
        for (int i = 0; i < 10; i++) {
            resets.requestLink("someone-" + UUID.randomUUID() + "@example.org", from);
        }

        assertThatThrownBy(() -> resets.requestLink("another-" + UUID.randomUUID() + "@example.org", from))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith(PasswordResetService.TOO_MANY_REQUESTS)
                .hasMessageMatching(".*try again after \\d\\d:\\d\\d, or ask the front desk for a link\\.");
        // Another network is not affected, and an hour after the first request the network may ask again.
        resets.requestLink("someone-" + UUID.randomUUID() + "@example.org", "2001:db8:2::1");
        clock.moveTo(first.plus(Duration.ofMinutes(61)));
        resets.requestLink("someone-" + UUID.randomUUID() + "@example.org", from);
    }

    private AppUser account(String name, Role role) {
        return SystemTasks.callAsStaff(() -> accounts.createAccount(name + "-" + UUID.randomUUID() + "@example.org",
                name, OLD, EnumSet.of(role)));
    }

    static AppUserPrincipal principal(AppUser user, Instant loggedInAt) {
        return new AppUserPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), "n/a", true,
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), loggedInAt);
    }

    private boolean logIn(String email, String password) {
        try {
            return authentication.getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private static String tokenOf(ResetLink link) {
        return link.link().substring(link.link().lastIndexOf('/') + 1);
    }

    private static <T> T asFrontDesk(Supplier<T> action) {
        return as("desk@example.org", action, Role.FRONT_DESK);
    }

    static <T> T as(String who, Supplier<T> action, Role... roles) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
