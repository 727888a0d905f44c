package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.Role;
import org.warmpool.security.UserAccountService;

@SpringBootTest
@ActiveProfiles("test")
class RegistrationServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    RegistrationService registration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonRegistersAndGetsAParticipantAccount() {
        RegistrationForm form = RegistrationForms.form("Iris Self");

        Participant participant = registration.register(form);

        assertThat(participant.getUser().getRoles()).containsExactly(Role.PARTICIPANT);
        assertThat(accounts.findByEmail(form.getEmail().toUpperCase())).isPresent();
        assertThat(participant.getConsentGivenAt()).isNotNull();
        assertThat(participant.isWalkIn()).isFalse();
    }

    @Test
    void theSameEmailInOtherLetterCaseIsRefusedWithAFriendlyMessage() {
        RegistrationForm first = RegistrationForms.form("Otto Once");
        registration.register(first);
        RegistrationForm again = RegistrationForms.form("Otto Twice");
        again.setEmail(first.getEmail().toUpperCase());

        assertThatThrownBy(() -> registration.register(again)).isInstanceOf(RuleViolationException.class)
                .hasMessage("An account with this e-mail exists: log in or reset your password.");
    }

    @Test
    void twoPeopleRegisteringTheSameEmailAtOnceMakeOneAccount() throws Exception {
        String email = RegistrationForms.form("Race").getEmail();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String letters : List.of(email, email.toUpperCase())) {
            results.add(executor.submit(() -> {
                RegistrationForm form = RegistrationForms.form("Racer");
                form.setEmail(letters);
                start.await();
                try {
                    registration.register(form);
                    return true;
                } catch (RuleViolationException duplicate) {
                    return false;
                }
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Boolean> result : results) {
            created += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        executor.shutdown();

        assertThat(created).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE email = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE email = ?", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInWordsAndCreatesNothing() {
        RegistrationForm longName = RegistrationForms.form("Long");
        longName.setFullName("x".repeat(10_000));
        RegistrationForm noAt = RegistrationForms.form("No At");
        noAt.setEmail("no-at.example.org");
        RegistrationForm future = RegistrationForms.form("Future");
        future.setDateOfBirth(LocalDate.now(clock).plusDays(1));
        RegistrationForm shortPassword = RegistrationForms.form("Short");
        shortPassword.setPassword("short");
        RegistrationForm noConsent = RegistrationForms.form("No Consent");
        noConsent.setConsent(false);

        assertThatThrownBy(() -> registration.register(longName)).hasMessageContaining("At most 120 characters");
        assertThatThrownBy(() -> registration.register(noAt)).hasMessageContaining("Enter an e-mail address like");
        assertThatThrownBy(() -> registration.register(future)).hasMessageContaining("must be in the past");
        assertThatThrownBy(() -> registration.register(shortPassword)).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> registration.register(noConsent)).hasMessageContaining("with your consent");
        for (RegistrationForm form : List.of(longName, noAt, future, shortPassword, noConsent)) {
            assertThat(accounts.findByEmail(form.getEmail())).isEmpty();
        }
    }

    @Test
    @WithMockUser(roles = "FRONT_DESK")
    void theFrontDeskRegistersAWalkInWithoutAnAccount() {
        RegistrationForm form = RegistrationForms.form("Walter Walkin");
        form.setEmail(null);

        Participant walkIn = registration.registerWalkIn(form);

        assertThat(walkIn.isWalkIn()).isTrue();
        assertThat(walkIn.getUser()).isNull();
        assertThat(walkIn.getEmail()).isNull();
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void aParticipantCannotRegisterWalkIns() {
        assertThatThrownBy(() -> registration.registerWalkIn(RegistrationForms.form("Nope")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
