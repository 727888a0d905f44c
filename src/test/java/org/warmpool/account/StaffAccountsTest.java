package org.warmpool.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.StaffAccount;
import org.warmpool.security.StaffAccountService;
import org.warmpool.security.UserAccountService;

/** Staff accounts made by invitation, their roles, switching them off and on, and their last login. */
@SpringBootTest
@ActiveProfiles("test")
class StaffAccountsTest {

    private static final String CHOSEN = "lilac otters swim at dawn";

    @Autowired
    AccountInvitations invitations;
    @Autowired
    StaffAccountService staff;
    @Autowired
    PasswordResetService resets;
    @Autowired
    UserAccountService accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    TestClock clock;

    private final String email = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNewAccountCannotLogInUntilItsInvitationLinkSetsAPasswordAndThenShowsItsLastLogin() throws Exception {
        InvitationLink invitation = asAdmin(() -> invitations.createStaffAccount("Dora Desk", email,
                EnumSet.of(Role.FRONT_DESK), "https://pool.example"));

        assertThat(invitation.mailed()).isFalse();
        assertThat(invitation.link()).startsWith("https://pool.example/reset-password/");
        assertThat(Duration.between(clock.instant(), invitation.validUntil())).isBetween(Duration.ofDays(7)
                .minusMinutes(1), Duration.ofDays(7));
        StaffAccount listed = listed(email);
        assertThat(listed.waitingForInvitation()).isTrue();
        assertThat(listed.lastLoginAt()).isNull();
        assertThatThrownBy(() -> logIn(email, CHOSEN)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> logIn(email, "!no password yet: invitation not used"))
                .isInstanceOf(BadCredentialsException.class);

        String token = token(invitation.link());
        assertThat(resets.check(token).invitation()).isTrue();
        resets.reset(token, CHOSEN);

        Authentication session = logIn(email, CHOSEN);
        assertThat(session.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_FRONT_DESK");
        StaffAccount after = listed(email);
        assertThat(after.waitingForInvitation()).isFalse();
        assertThat(after.lastLoginAt()).isBetween(clock.instant().minusSeconds(60), clock.instant());
        assertThatThrownBy(() -> resets.reset(token, "another fine sunny morning"))
                .hasMessage(PasswordResetService.USED);
    }

    @Test
    void anInvitationWorksForSevenDaysAndANewOneReplacesTheOld() {
        InvitationLink first = asAdmin(() -> invitations.createStaffAccount("Ed Late", email,
                EnumSet.of(Role.ADMIN), ""));
        long userId = listed(email).userId();
        clock.moveTo(clock.instant().plus(Duration.ofDays(7)).plusSeconds(1));
        assertThatThrownBy(() -> resets.check(token(first.link())))
                .hasMessage(PasswordResetService.INVITATION_EXPIRED);

        InvitationLink second = asAdmin(() -> invitations.inviteAgain(userId, ""));
        assertThat(resets.check(token(second.link())).email()).isEqualTo(email);
        assertThatThrownBy(() -> resets.check(token(first.link()))).hasMessage(PasswordResetService.REPLACED);
        resets.reset(token(second.link()), CHOSEN);
        assertThatThrownBy(() -> asAdmin(() -> invitations.inviteAgain(userId, "")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("has chosen a password already");
    }

    @Test
    void rolesChangeAndTheAccountsOpenSessionsEndSoTheNewRolesApplyAtTheNextLogin() throws Exception {
        long userId = readyAccount(Role.FRONT_DESK);

        StaffAccount changed = asAdmin(() -> staff.changeStaffRoles(userId, EnumSet.of(Role.ADMIN, Role.FRONT_DESK)));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.FRONT_DESK);
        assertThat(logIn(email, CHOSEN).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_FRONT_DESK");
        assertThat(accounts.findById(userId).orElseThrow().getSessionsValidFrom()).isNotNull();
        assertThatThrownBy(() -> asAdmin(() -> staff.changeStaffRoles(userId, EnumSet.of(Role.PARTICIPANT))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> asAdmin(() -> staff.changeStaffRoles(userId, EnumSet.noneOf(Role.class))))
                .hasMessageContaining("needs at least one role");
    }

    @Test
    void aSwitchedOffAccountCannotLogInUntilItIsSwitchedOnAgain() throws Exception {
        long userId = readyAccount(Role.FRONT_DESK);

        asAdmin(() -> staff.setEnabled(userId, false));

        assertThatThrownBy(() -> logIn(email, CHOSEN)).isInstanceOf(DisabledException.class);
        assertThat(listed(email).enabled()).isFalse();
        assertThatThrownBy(() -> asAdmin(() -> resets.createResetLink(userId, "")))
                .hasMessageContaining("switched off");

        asAdmin(() -> staff.setEnabled(userId, true));
        assertThat(logIn(email, CHOSEN).isAuthenticated()).isTrue();
    }

    @Test
    void onlyAnAdministratorManagesStaffAccounts() {
        assertThatThrownBy(() -> as(Role.FRONT_DESK, () -> staff.list())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Role.FRONT_DESK, () -> invitations.createStaffAccount("Sly", email,
                EnumSet.of(Role.ADMIN), ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAdmin(() -> invitations.createStaffAccount("Pat", email,
                EnumSet.of(Role.PARTICIPANT), ""))).isInstanceOf(RuleViolationException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    private long readyAccount(Role role) {
        InvitationLink invitation = asAdmin(() -> invitations.createStaffAccount("Staff Member", email,
                EnumSet.of(role), ""));
        resets.reset(token(invitation.link()), CHOSEN);
        return listed(email).userId();
    }

    private StaffAccount listed(String address) {
        return asAdmin(() -> staff.list()).stream().filter(a -> a.email().equals(address)).findFirst().orElseThrow();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("/reset-password/") + "/reset-password/".length());
    }

    private Authentication logIn(String address, String password) throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(address, password));
    }

    private static <T> T asAdmin(Supplier<T> action) {
        return as(Role.ADMIN, action);
    }

    private static <T> T as(Role role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(0L, "boss@example.org", "Boss", "n/a", true, authorities), null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
