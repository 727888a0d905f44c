package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InitialAdministratorTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewInstallationGetsTheConfiguredAdministratorOnceAndOnlyWhileNoneExists() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id IN "
                + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN')");
        assertThat(accounts.hasActiveAccountWithRole(Role.ADMIN)).isFalse();

        new InitialAdministrator(accounts, "First.Admin@Clinic.example", "a long enough secret").createWhenMissing();

        AppUser admin = accounts.findByEmail("first.admin@clinic.example").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);

        new InitialAdministrator(accounts, "second@clinic.example", "another long secret").createWhenMissing();
        assertThat(accounts.findByEmail("second@clinic.example")).isEmpty();
    }

    @Test
    void aShortPasswordCreatesNoAdministrator() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id IN "
                + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN')");

        new InitialAdministrator(accounts, "short@clinic.example", "too short").createWhenMissing();

        assertThat(accounts.findByEmail("short@clinic.example")).isEmpty();
    }

    @Test
    void aGuessablePasswordCreatesNoAdministratorAndTheOneCreatedMustChooseANewPassword() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id IN "
                + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN')");

        new InitialAdministrator(accounts, "weak@clinic.example", "password1234").createWhenMissing();
        assertThat(accounts.findByEmail("weak@clinic.example")).isEmpty();

        new InitialAdministrator(accounts, "strong@clinic.example", "lilac otters swim at dawn").createWhenMissing();
        assertThat(accounts.findByEmail("strong@clinic.example").orElseThrow().isMustChangePassword()).isTrue();
    }
}
