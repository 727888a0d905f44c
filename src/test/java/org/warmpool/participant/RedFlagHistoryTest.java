package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;

/**
 * A red-flag answer is never rewritten: neither the participant nor staff can answer "No" to it
 * again; staff record that a doctor has seen the person, which opens booking and is audited.
 */
@SpringBootTest
@ActiveProfiles("test")
class RedFlagHistoryTest {

    @Autowired
    IntakeService intakes;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    ClearanceService clearances;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    Clock clock;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logIn(long userId, String email, Role... roles) {
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        var principal = new AppUserPrincipal(userId, email, email, "n/a", true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    private static void asFrontDesk() {
        logIn(-1, "desk-test@example.org", Role.FRONT_DESK);
    }

    private long redFlagged(RedFlag flag) {
        asFrontDesk();
        long id = participants.walkIn("Red Flag");
        participants.sendIntake(id, EnumSet.of(flag), Set.of());
        return id;
    }

    @Test
    void staffReopeningTheIntakeCannotAnswerARedFlagNoAgainAndBookingStaysClosed() {
        long id = redFlagged(RedFlag.SCIATICA_BOTH_LEGS);

        assertThatThrownBy(() -> intakes.saveRedFlags(id, Set.of())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("sciatica in both legs that is new or getting worse")
                .hasMessageContaining("doctor has seen");
        ScreeningOutcome resent = intakes.submit(id); // the draft kept the earlier answer

        assertThat(resent.status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(intakes.draft(id).getRedFlags()).containsExactly(RedFlag.SCIATICA_BOTH_LEGS);
        assertThat(clearances.mayBook(id)).isFalse();
        assertThat(records.record(id).history()).hasSize(2)
                .allSatisfy(intake -> assertThat(intake.getRedFlags()).containsExactly(RedFlag.SCIATICA_BOTH_LEGS));
    }

    @Test
    void aParticipantCannotUntickTheirOwnRedFlagEither() {
        ParticipantTestData.Registered me = participants.register("Una Untick");
        logIn(me.userId(), me.email(), Role.PARTICIPANT);
        participants.sendIntake(me.participantId(), EnumSet.of(RedFlag.WORSENING_WEAKNESS), Set.of());

        assertThatThrownBy(() -> intakes.saveRedFlags(me.participantId(), Set.of()))
                .hasMessageContaining("leg weakness that is getting worse");
        assertThat(clearances.mayBook(me.participantId())).isFalse();
    }

    @Test
    void aRedFlagStillCannotBeClearedLikeAHealthMatter() {
        long id = redFlagged(RedFlag.SADDLE_NUMBNESS);

        assertThatThrownBy(() -> clearances.recordClearance(id, LocalDate.now(clock), "Dr Who", null))
                .hasMessageContaining("cannot be cleared").hasMessageContaining("doctor has seen");
        assertThat(clearances.mayBook(id)).isFalse();
    }

    @Test
    void aDoctorSeenRecordOpensBookingKeepsTheAnswerAndIsAuditedWithWhoRecordedIt() {
        long id = redFlagged(RedFlag.SCIATICA_BOTH_LEGS);
        LocalDate seenOn = LocalDate.now(clock).minusDays(1);

        clearances.recordDoctorSeen(id, seenOn, "  Dr Ada Okafor ", "Scan clear, gentle exercise advised");

        HealthRecord record = records.record(id);
        Intake latest = record.latest().orElseThrow();
        assertThat(record.mayBook()).isTrue();
        assertThat(record.redFlag()).isFalse();
        assertThat(latest.getRedFlags()).containsExactly(RedFlag.SCIATICA_BOTH_LEGS);
        assertThat(latest.getOutcome()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(latest.doctorSeen().orElseThrow().day()).isEqualTo(seenOn);
        assertThat(latest.doctorSeen().orElseThrow().doctor()).isEqualTo("Dr Ada Okafor");
        assertThat(latest.doctorSeen().orElseThrow().recordedBy()).isEqualTo("desk-test@example.org");
        assertThat(record.outcome().orElseThrow().message()).contains("A doctor has seen you");
        logIn(-3, "admin-test@example.org", Role.ADMIN);
        assertThat(auditTrail.of(id)).filteredOn(e -> e.getAction().equals("RECORDED_DOCTOR_SEEN"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("desk-test@example.org");
                    // The kind and the record, never health details or the doctor in free text.
                    assertThat(e.getDetails()).isEqualTo("Intake " + latest.getId())
                            .doesNotContain("Okafor").doesNotContain("sciatica");
                });
    }

    @Test
    void afterTheDoctorsVisitANewIntakeMayAnswerNoAndAnyNewRedFlagClosesBookingAgain() {
        long id = redFlagged(RedFlag.BLADDER_OR_BOWEL);
        clearances.recordDoctorSeen(id, LocalDate.now(clock), "Dr Patel", null);

        intakes.saveRedFlags(id, Set.of());
        assertThat(intakes.submit(id).status()).isEqualTo(ScreeningStatus.CLEARED);
        intakes.saveRedFlags(id, EnumSet.of(RedFlag.FEVER_WITH_BACK_PAIN));

        assertThat(intakes.submit(id).status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(clearances.mayBook(id)).isFalse();
    }

    @Test
    void theDoctorSeenRecordNeedsADateNotInTheFutureAndAName() {
        long id = redFlagged(RedFlag.SADDLE_NUMBNESS);

        assertThatThrownBy(() -> clearances.recordDoctorSeen(id, LocalDate.now(clock).plusDays(1), "Dr Future", null))
                .hasMessageContaining("cannot be in the future");
        assertThatThrownBy(() -> clearances.recordDoctorSeen(id, null, "Dr Nobody", null))
                .hasMessageContaining("Enter the date");
        assertThatThrownBy(() -> clearances.recordDoctorSeen(id, LocalDate.now(clock), " ", null))
                .hasMessageContaining("doctor's name");
        assertThat(clearances.mayBook(id)).isFalse();
    }

    @Test
    void onlyStaffRecordADoctorsVisit() {
        ParticipantTestData.Registered me = participants.register("Sly Self");
        logIn(me.userId(), me.email(), Role.PARTICIPANT);
        participants.sendIntake(me.participantId(), EnumSet.of(RedFlag.SADDLE_NUMBNESS), Set.of());

        assertThatThrownBy(() -> clearances.recordDoctorSeen(me.participantId(), LocalDate.now(clock), "Dr Me", null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
