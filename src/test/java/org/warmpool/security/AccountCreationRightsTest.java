package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warmpool.KaribuTest;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;

/**
 * Making an account with roles of one's choosing, or setting an account's password by its id, is
 * for administrators: a participant or the front desk calling the service directly is refused and
 * no account appears. (Registration, invitations and reset links still work: they check their own
 * rules and then call these as a system task; their own tests show that.)
 */
class AccountCreationRightsTest extends KaribuTest {

    private static final String SECRET = "a long enough secret";

    @Autowired
    private UserAccountService accounts;
    @Autowired
    private ParticipantTestData participants;

    @Test
    void aParticipantOrTheFrontDeskCannotCreateAnAccountNorSetAnotherPassword() {
        Registered ann = participants.register("Ann");
        String email = "made-by-" + UUID.randomUUID() + "@example.org";

        for (Role role : new Role[] {Role.PARTICIPANT, Role.FRONT_DESK, Role.INSTRUCTOR}) {
            login(ann.userId(), ann.email(), ann.name(), role);
            assertThatThrownBy(() -> accounts.createAccount(email, "Boss", SECRET, EnumSet.of(Role.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.createAccount(email, "Boss", SECRET, EnumSet.of(Role.ADMIN), false))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.createAccountIfNew(email, "Boss", SECRET, EnumSet.of(Role.ADMIN)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.setOwnPassword(1L, "somebody else's choice"))
                    .isInstanceOf(AccessDeniedException.class);
            logout();
        }

        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void anAdministratorCreatesAnAccountWithTheRolesTheyChoose() {
        String email = "made-by-" + UUID.randomUUID() + "@example.org";
        login("admin@warmpool.example", Role.ADMIN);

        assertThat(accounts.createAccount(email, "Desk", SECRET, EnumSet.of(Role.FRONT_DESK)).getRoles())
                .containsExactly(Role.FRONT_DESK);
    }
}
