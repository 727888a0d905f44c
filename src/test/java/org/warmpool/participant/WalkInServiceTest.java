package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;

/** The walk-in's registration and intake are saved together or not at all. */
@SpringBootTest
@ActiveProfiles("test")
class WalkInServiceTest {

    @Autowired
    WalkInService walkIns;
    @Autowired
    ParticipantRecordService records;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAnswerTheIntakeRefusesLeavesNoRegisteredWalkInBehind() {
        logIn(Role.FRONT_DESK);
        RegistrationForm form = walkInForm("Rolf Rollback");

        assertThatThrownBy(() -> walkIns.registerAndScreen(form, answers(11, Set.of())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("from 0 (none) to 10");

        assertThat(records.search(form.getPhone(), PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void aRegisteredAndScreenedWalkInHasTheirIntakeSentWithItsOutcome() {
        logIn(Role.FRONT_DESK);
        RegistrationForm form = walkInForm("Rhea Redflag");

        WalkInService.Registered registered = walkIns.registerAndScreen(form, answers(4, Set.of(RedFlag.FEVER_WITH_BACK_PAIN)));

        assertThat(registered.outcome().status()).isEqualTo(ScreeningStatus.RED_FLAG);
        HealthRecord record = records.record(registered.participantId());
        assertThat(record.redFlag()).isTrue();
        assertThat(record.latest().orElseThrow().getRedFlags()).containsExactly(RedFlag.FEVER_WITH_BACK_PAIN);
    }

    @Test
    void aParticipantCannotRegisterAWalkIn() {
        logIn(Role.PARTICIPANT);

        assertThatThrownBy(() -> walkIns.registerAndScreen(walkInForm("Pia Participant"), answers(3, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static RegistrationForm walkInForm(String name) {
        RegistrationForm form = RegistrationForms.form(name);
        form.setEmail(null);
        form.setPhone(ParticipantTestData.uniquePhone());
        return form;
    }

    private static IntakeAnswers answers(int pain, Set<RedFlag> redFlags) {
        return new IntakeAnswers(pain, PainDuration.TWO_TO_11_WEEKS, null, Condition.SPINAL_STENOSIS, redFlags,
                Set.of(), false, false, Set.of(), Set.of());
    }

    private static void logIn(Role role) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        var principal = new AppUserPrincipal(0L, "desk@warmpool.example", "desk", "n/a", true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }
}
