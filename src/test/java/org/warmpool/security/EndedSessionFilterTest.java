package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The HTTP side: a request of a session that has ended is logged out and sent to the log-in page. */
@SpringBootTest
@ActiveProfiles("test")
class EndedSessionFilterTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    AccountSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageRequestOfASessionOlderThanThePasswordChangeIsLoggedOutAndRedirected() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now().minusSeconds(60));
        jdbc.update("UPDATE app_user SET sessions_valid_from = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(10)), ana.getId());
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/messages");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new EndedSessionFilter(sessions).doFilter(request, response, chain);

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aClickInTheAppOfADisabledAccountGetsTheAnswerThatSendsVaadinsClientToTheLogInPage() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now());
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", ana.getId());
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(new MockHttpSession());
        MockHttpServletResponse response = new MockHttpServletResponse();

        new EndedSessionFilter(sessions).doFilter(request, response, new MockFilterChain());

        assertThat(response.getContentAsString()).contains("\"url\"").contains("/login?ended");
    }

    @Test
    void aCurrentSessionGoesOn() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/messages");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        new EndedSessionFilter(sessions).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void insideACurrentRequestTheServicesTakeTheFiltersAnswerAndTheNextRequestSeesTheChange() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now());
        MockHttpSession session = new MockHttpSession();
        List<AccountSessions.Status> seen = new ArrayList<>();
        FilterChain restOfRequest = (request, response) -> {
            seen.add(sessions.ofCurrentSession());
            // Disabled by an administrator while this request runs: its service calls do not read the
            // account again (one check a request), so they still see the answer the request began with.
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", ana.getId());
            seen.add(sessions.ofCurrentSession());
        };

        new EndedSessionFilter(sessions).doFilter(pageRequest(session), new MockHttpServletResponse(), restOfRequest);
        MockHttpServletResponse next = new MockHttpServletResponse();
        new EndedSessionFilter(sessions).doFilter(pageRequest(session), next, new MockFilterChain());

        assertThat(seen).containsExactly(AccountSessions.Status.CURRENT, AccountSessions.Status.CURRENT);
        assertThat(next.getRedirectedUrl()).as("the next request").isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theFiltersAnswerEndsWithItsRequest() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now());
        new EndedSessionFilter(sessions).doFilter(pageRequest(), new MockHttpServletResponse(), new MockFilterChain());

        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", ana.getId());

        assertThat(sessions.ofCurrentSession()).as("a UI's service call after the request, on the same thread")
                .isEqualTo(AccountSessions.Status.ENDED);
    }

    @Test
    void aSessionReplacedDuringTheRequestIsCheckedAgain() throws Exception {
        AppUser ana = account();
        loggedIn(ana, Instant.now());
        List<AccountSessions.Status> seen = new ArrayList<>();
        FilterChain restOfRequest = (request, response) -> {
            jdbc.update("UPDATE app_user SET sessions_valid_from = ? WHERE id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(10)), ana.getId());
            loggedIn(ana, Instant.now().minusSeconds(60));
            seen.add(sessions.ofCurrentSession());
        };

        new EndedSessionFilter(sessions).doFilter(pageRequest(), new MockHttpServletResponse(), restOfRequest);

        assertThat(seen).containsExactly(AccountSessions.Status.ENDED);
    }

    private static MockHttpServletRequest pageRequest() {
        return pageRequest(new MockHttpSession());
    }

    private static MockHttpServletRequest pageRequest(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/messages");
        request.setSession(session);
        return request;
    }

    private AppUser account() {
        return SystemTasks.callAsStaff(() -> accounts.createAccount("filter-" + UUID.randomUUID() + "@example.org",
                "Ana", "warm water on tuesday", EnumSet.of(Role.PARTICIPANT)));
    }

    private static void loggedIn(AppUser user, Instant at) {
        var authorities = List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
        AppUserPrincipal principal = new AppUserPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), "n/a",
                true, authorities, at);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
