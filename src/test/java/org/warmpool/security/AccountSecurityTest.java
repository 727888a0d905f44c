package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountSecurityTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRightPasswordLogsInWithTheAccountsRoles() throws Exception {
        SystemTasks.runAsStaff(() -> accounts.createAccount("ruth@example.org", "Ruth", "correct horse battery",
                EnumSet.of(Role.FRONT_DESK)));

        Authentication result = authenticate("Ruth@Example.org", "correct horse battery");

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_FRONT_DESK");
    }

    @Test
    void aWrongPasswordIsRefused() {
        SystemTasks.runAsStaff(() -> accounts.createAccount("omar@example.org", "Omar", "correct horse battery",
                EnumSet.of(Role.PARTICIPANT)));

        assertThatThrownBy(() -> authenticate("omar@example.org", "correct horse batterY"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void anUnknownEmailIsRefusedLikeAWrongPassword() {
        assertThatThrownBy(() -> authenticate("nobody@example.org", "whatever it is"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        SystemTasks.runAsStaff(() -> accounts.createAccount("gone@example.org", "Gone", "correct horse battery",
                EnumSet.of(Role.INSTRUCTOR)));
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE email = 'gone@example.org'");

        assertThatThrownBy(() -> authenticate("gone@example.org", "correct horse battery"))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        SystemTasks.runAsStaff(() -> accounts.createAccount("hash@example.org", "Hash", "correct horse battery",
                EnumSet.of(Role.PARTICIPANT)));

        String stored = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE email = 'hash@example.org'",
                String.class);
        assertThat(stored).doesNotContain("correct horse battery").startsWith("$2");
    }

    @Test
    void theSameEmailInOtherLetterCaseCannotMakeASecondAccount() {
        SystemTasks.runAsStaff(() -> accounts.createAccount("mia@example.org", "Mia", "correct horse battery",
                EnumSet.of(Role.PARTICIPANT)));

        assertThatThrownBy(() -> SystemTasks.runAsStaff(() -> accounts.createAccount(" MIA@Example.ORG", "Mia Again",
                "another long secret", EnumSet.of(Role.PARTICIPANT)))).isInstanceOf(DuplicateEmailException.class);
    }

    @Test
    void theDatabaseItselfRefusesADuplicateEmailInOtherLetterCase() {
        insertUserRow("noor@example.org");

        // Written past the Java code, as another app node or a script could: the constraints hold.
        assertThatThrownBy(() -> insertUserRow("Noor@Example.org")).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertUserRow("noor@example.org")).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(email) = 'noor@example.org'",
                Integer.class)).isEqualTo(1);
    }

    private void insertUserRow(String email) {
        jdbc.update("INSERT INTO app_user (email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                email, "Noor", "$2a$10$notarealhashnotarealhashnotarealhashnotarealhashnot",
                Timestamp.from(Instant.now()));
    }

    private Authentication authenticate(String email, String password) throws Exception {
        return authenticationConfiguration.getAuthenticationManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
