package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.warmpool.AppNodes;
import org.warmpool.SharedPostgres;

/**
 * Two app nodes, each a whole application context with its own connection pool, on one
 * PostgreSQL: failed log-ins on either add up to the lock, which both then apply.
 */
class LoginProtectionTwoNodesTest {

    static final String PASSWORD = "warm water on tuesday";
    static final String WRONG = "warm water on thursday";

    /** A database of their own on the test JVM's PostgreSQL server. */
    static String database;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        database = SharedPostgres.newDatabase();
        nodeA = node();
        nodeB = node();
    }

    /** As an administrator would, on that node (each node's method security reads its own security context). */
    private static void createAccount(ConfigurableApplicationContext node, String email) {
        AppNodes.useSecurityOf(node);
        SystemTasks.runAsStaff(() -> node.getBean(UserAccountService.class).createAccount(email, "Two Nodes", PASSWORD,
                EnumSet.of(Role.PARTICIPANT)));
    }

    @AfterAll
    static void stop() {
        AppNodes.stop(nodeB, nodeA);
    }

    @Test
    void failuresOnNodeAAndNodeBAddUpToTheLock() {
        String email = "two-nodes-" + UUID.randomUUID() + "@example.org";
        createAccount(nodeA, email);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> logIn(nodeA, email, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> logIn(nodeB, email, WRONG)).isInstanceOf(BadCredentialsException.class);
        }

        // Neither node saw five failures itself; together they did: both refuse the right password.
        assertRefused(nodeA, email);
        assertRefused(nodeB, email);
    }

    @Test
    void aSuccessOnOneNodeStartsTheCountAgainOnTheOther() {
        String email = "two-nodes-" + UUID.randomUUID() + "@example.org";
        createAccount(nodeB, email);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn(nodeA, email, WRONG)).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(logIn(nodeB, email, PASSWORD)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> logIn(nodeA, email, WRONG)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(logIn(nodeA, email, PASSWORD)).isTrue();
    }

    @Test
    void bothNodesUseTheOnePostgresql() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            assertThat(node.getBean(JdbcTemplate.class).queryForObject("SELECT current_setting('port')",
                    String.class)).isEqualTo(String.valueOf(SharedPostgres.server().getPort()));
            assertThat(node.getBean(JdbcTemplate.class).queryForObject("SELECT current_database()", String.class))
                    .isEqualTo(database);
        }
    }

    private static void assertRefused(ConfigurableApplicationContext node, String email) {
        assertThatThrownBy(() -> logIn(node, email, PASSWORD)).isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(BadCredentialsException.class);
    }

    private static boolean logIn(ConfigurableApplicationContext node, String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100.7", null));
        try {
            return node.getBean(AuthenticationConfiguration.class).getAuthenticationManager().authenticate(token)
                    .isAuthenticated();
        } catch (AuthenticationException refused) {
            throw refused;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext node() {
        return AppNodes.start(database);
    }
}
