package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.warmpool.TestClock;

/**
 * Login protection through the real log-in: the form post (MockMvc, the page's redirect) and the
 * authentication manager the form uses. The settings are the production defaults.
 */
@SpringBootTest(properties = "warmpool.login.address-max-failures=30")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginProtectionTest {

    static final String PASSWORD = "warm water on tuesday";
    static final String WRONG = "warm water on thursday";

    @Autowired
    MockMvc mvc;
    @Autowired
    AuthenticationConfiguration authentication;
    @Autowired
    UserAccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    LoginSettings settings;
    @Autowired
    RequestAttempts attempts;
    @Autowired
    JdbcTemplate jdbc;

    /** Each test's own client address, so that the tests do not add up per address. */
    private final String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);

    @Test
    void theSettingsAreTheDocumentedDefaults() {
        assertThat(settings.maxFailures()).isEqualTo(5);
        assertThat(settings.window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.lock()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.addressMaxFailures()).isEqualTo(30);
    }

    @Test
    void afterFiveWrongPasswordsTheRightOneIsRefusedOnTheLoginPageWithTheWordsOfAWrongPassword() throws Exception {
        String email = account();
        for (int i = 0; i < 5; i++) {
            postLoginForm(email, WRONG).andExpect(redirectedUrl("/login?error"));
        }

        // The same page, and so the same words, as a wrong password: the lock is not revealed.
        postLoginForm(email, PASSWORD).andExpect(redirectedUrl("/login?error"));
        postLoginForm(email.toUpperCase(), PASSWORD).andExpect(redirectedUrl("/login?error"));
        // Another account from the same address is not locked.
        postLoginForm(account(), PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void fourWrongPasswordsDoNotLockTheAccount() throws Exception {
        String email = account();
        for (int i = 0; i < 4; i++) {
            postLoginForm(email, WRONG).andExpect(redirectedUrl("/login?error"));
        }

        postLoginForm(email, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void theLockEndsFifteenMinutesAfterTheFifthFailureAndRefusedAttemptsDoNotProlongIt() {
        String email = account();
        Instant start = clock.instant();
        failTimes(email, 5);

        clock.moveTo(start.plus(Duration.ofMinutes(10)));
        assertRefused(email, PASSWORD);
        clock.moveTo(start.plus(Duration.ofMinutes(14).plusSeconds(50)));
        assertRefused(email, PASSWORD);

        clock.moveTo(start.plus(Duration.ofMinutes(15).plusSeconds(30)));
        assertThat(logIn(email, PASSWORD, address)).isTrue();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        String email = account();
        failTimes(email, 4);
        assertThat(logIn(email, PASSWORD, address)).isTrue();

        failTimes(email, 4);

        // Eight failures within the window, but never five since the last success.
        assertThat(logIn(email, PASSWORD, address)).isTrue();
    }

    @Test
    void fiveFailuresSpreadOverMoreThanTheWindowDoNotLock() {
        String email = account();
        Instant start = clock.instant();
        failTimes(email, 3);
        clock.moveTo(start.plus(Duration.ofMinutes(16)));
        failTimes(email, 2);

        assertThat(logIn(email, PASSWORD, address)).isTrue();
    }

    @Test
    void anAddressWithoutAnAccountIsLockedExactlyLikeOneWithAnAccount() {
        String known = account();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

        assertThat(outcomesOfSixWrongPasswords(unknown)).isEqualTo(outcomesOfSixWrongPasswords(known))
                .containsExactly("BadCredentialsException", "BadCredentialsException", "BadCredentialsException",
                        "BadCredentialsException", "BadCredentialsException", "refused before the password");
    }

    @Test
    void moreThanThirtyFailuresFromOneAddressSlowItDownWithAGrowingDelay() {
        String email = account();
        Instant start = clock.instant();
        for (int i = 0; i < 30; i++) {
            // Thirty different e-mail addresses: no account is locked, only the client address counts.
            assertThatThrownBy(() -> logIn("guess-" + UUID.randomUUID() + "@example.org", WRONG, address))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // The 31st attempt, at once: refused, the right password of an unlocked account too.
        assertRefused(email, PASSWORD);
        // Another client address is not slowed down.
        assertThat(logIn(email, PASSWORD, "203.0.113.9")).isTrue();

        // One second after the 30th failure, one attempt goes through; it fails: the wait doubles.
        clock.moveTo(clock.instant().plusMillis(1_100));
        assertThatThrownBy(() -> logIn(email, WRONG, address)).isInstanceOf(BadCredentialsException.class);
        clock.moveTo(clock.instant().plusMillis(1_200));
        assertRefused(email, PASSWORD);
        clock.moveTo(clock.instant().plusMillis(1_000));
        assertThat(logIn(email, PASSWORD, address)).isTrue();

        // Once the failures are older than the window, the address is not slowed down any more.
        clock.moveTo(start.plus(Duration.ofMinutes(16)));
        failTimes(account(), 1);
        assertThat(logIn(email, PASSWORD, address)).isTrue();
    }

    @Test
    void theCountsLiveInTheDatabaseAndThePurgeKeepsOnlyWhatAWindowStillNeeds() {
        String email = account();
        failTimes(email, 5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_attempt WHERE account_key = ?", Integer.class,
                SecretTokens.hash(email))).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_attempt WHERE account_key = ?", Integer.class,
                email)).as("the e-mail typed is not stored in clear").isZero();

        clock.moveTo(clock.instant().plus(Duration.ofMinutes(31)));
        attempts.purge();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_attempt WHERE account_key = ?", Integer.class,
                SecretTokens.hash(email))).isZero();
    }

    @Test
    void twentyGuessesAtOnceGetAtMostFivePasswordChecks() throws Exception {
        String email = account();
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        logIn(email, WRONG, address);
                        return "logged in";
                    } catch (AuthenticationException refused) {
                        return refused instanceof BadCredentialsException ? "password checked" : "refused";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            // Each attempt is committed before it is counted: no race lets a sixth guess through.
            assertThat(results).doesNotContain("logged in");
            long checked = results.stream().filter("password checked"::equals).count();
            assertThat(checked).isLessThanOrEqualTo(5L);
            // The refused ones left no count behind; the checked ones are counted as failures.
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM request_attempt WHERE account_key = ?", Long.class,
                    SecretTokens.hash(email))).isEqualTo(checked);
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> outcomesOfSixWrongPasswords(String email) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            try {
                logIn(email, WRONG, address);
                outcomes.add("logged in");
            } catch (AuthenticationException refused) {
                outcomes.add(refused instanceof BadCredentialsException ? "BadCredentialsException"
                        : "refused before the password");
            }
        }
        return outcomes;
    }

    private void failTimes(String email, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> logIn(email, WRONG, address)).isInstanceOf(BadCredentialsException.class);
        }
    }

    private void assertRefused(String email, String password) {
        assertThatThrownBy(() -> logIn(email, password, address)).isInstanceOf(AuthenticationException.class)
                .isNotInstanceOf(BadCredentialsException.class);
    }

    private String account() {
        String email = "lock-" + UUID.randomUUID() + "@example.org";
        SystemTasks.runAsStaff(() -> accounts.createAccount(email, "Lock", PASSWORD, EnumSet.of(Role.PARTICIPANT)));
        return email;
    }

    /** The log-in form's post, from this test's client address. */
    private ResultActions postLoginForm(String email, String password) throws Exception {
        return mvc.perform(servletContext -> {
            var request = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            request.setRemoteAddr(address);
            return request;
        });
    }

    /** What the form's post does, through the same authentication manager, with the client address. */
    private boolean logIn(String email, String password, String from) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(from, null));
        try {
            return authentication.getAuthenticationManager().authenticate(token).isAuthenticated();
        } catch (AuthenticationException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
