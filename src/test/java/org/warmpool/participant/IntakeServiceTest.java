package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
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

@SpringBootTest
@ActiveProfiles("test")
class IntakeServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    IntakeService intakes;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    ClearanceService clearances;
    @Autowired
    ParticipantRecordService records;
    @Autowired
    RegistrationService registration;

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

    private Participant registerAndLogIn(String name) {
        Participant participant = registration.register(RegistrationForms.form(name));
        logIn(participant.getUser().getId(), participant.getEmail(), Role.PARTICIPANT);
        return participant;
    }

    private static void asFrontDesk() {
        logIn(-1, "desk-test@example.org", Role.FRONT_DESK);
    }

    private void answerEverything(long id, int pain, Integer weeks, Set<RedFlag> flags,
            Set<Contraindication> contraindications) {
        intakes.savePain(id, pain, weeks == null ? PainDuration.TWO_TO_11_WEEKS : null, weeks);
        intakes.saveCause(id, Condition.SPINAL_STENOSIS);
        intakes.saveRedFlags(id, flags);
        intakes.saveContraindications(id, contraindications);
        intakes.saveAccess(id, true, false, EnumSet.of(DayOfWeek.TUESDAY), EnumSet.of(TimeOfDay.MORNING));
    }

    @Test
    void aParticipantFillsInTheIntakeStepByStepAndIsCleared() {
        Participant me = registerAndLogIn("Clara Clear");
        long id = intakes.myParticipantId();

        answerEverything(id, 6, 20, Set.of(), Set.of());
        ScreeningOutcome outcome = intakes.submit(id);

        assertThat(outcome.status()).isEqualTo(ScreeningStatus.CLEARED);
        assertThat(outcome.chronic()).isTrue();
        assertThat(clearances.mayBook(id)).isTrue();
        assertThat(clearances.myOutcome()).get().extracting(ScreeningOutcome::status)
                .isEqualTo(ScreeningStatus.CLEARED);
        assertThat(id).isEqualTo(me.getId());
    }

    @Test
    void aDraftKeepsItsAnswersToBeResumedAndCannotBeSentUnfinished() {
        registerAndLogIn("Rosa Resume");
        long id = intakes.myParticipantId();
        intakes.savePain(id, 5, PainDuration.LESS_THAN_2_WEEKS, null);
        intakes.saveCause(id, Condition.PIRIFORMIS);

        Intake resumed = intakes.draft(id);

        assertThat(resumed.getPainNow()).isEqualTo(5);
        assertThat(resumed.getCondition()).isEqualTo(Condition.PIRIFORMIS);
        assertThat(resumed.isRedFlagsAnswered()).isFalse();
        assertThatThrownBy(() -> intakes.submit(id)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Safety questions");
    }

    @Test
    void painOutsideZeroToTenAndNegativeWeeksAreRefusedAndTheDraftIsUnchanged() {
        registerAndLogIn("Nina Numbers");
        long id = intakes.myParticipantId();
        intakes.savePain(id, 4, null, 3);

        assertThatThrownBy(() -> intakes.savePain(id, 11, null, 3)).hasMessageContaining("from 0 (none) to 10");
        assertThatThrownBy(() -> intakes.savePain(id, -1, null, 3)).hasMessageContaining("from 0 (none) to 10");
        assertThatThrownBy(() -> intakes.savePain(id, 4, null, -2)).hasMessageContaining("from 0 to 5,200");
        assertThat(intakes.draft(id).getPainNow()).isEqualTo(4);
        assertThat(intakes.draft(id).getPainWeeks()).isEqualTo(3);
    }

    @Test
    void aRedFlagClosesBookingAndCannotBeCleared() {
        registerAndLogIn("Rex Redflag");
        long id = intakes.myParticipantId();
        answerEverything(id, 5, 2, EnumSet.of(RedFlag.SADDLE_NUMBNESS), Set.of());

        assertThat(intakes.submit(id).status()).isEqualTo(ScreeningStatus.RED_FLAG);
        assertThat(clearances.mayBook(id)).isFalse();

        asFrontDesk();
        assertThat(records.record(id).redFlag()).isTrue();
        assertThatThrownBy(() -> clearances.recordClearance(id, LocalDate.now(clock), "Dr Who", null))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be cleared");
        assertThat(clearances.mayBook(id)).isFalse();
    }

    @Test
    void aContraindicationWaitsForTheFrontDesksClearanceThenBookingOpens() {
        registerAndLogIn("Cleo Clearance");
        long id = intakes.myParticipantId();
        answerEverything(id, 4, 3, Set.of(), EnumSet.of(Contraindication.RECENT_SURGERY));
        assertThat(intakes.submit(id).status()).isEqualTo(ScreeningStatus.NEEDS_CLEARANCE);
        assertThat(clearances.mayBook(id)).isFalse();

        asFrontDesk();
        assertThatThrownBy(() -> clearances.recordClearance(id, LocalDate.now(clock).plusDays(1), "Dr Future", null))
                .hasMessageContaining("cannot be in the future");
        clearances.recordClearance(id, LocalDate.now(clock), "Dr Patel", "Wound healed");

        HealthRecord record = records.record(id);
        assertThat(record.mayBook()).isTrue();
        assertThat(record.latest().orElseThrow().clearance().orElseThrow().doctor()).isEqualTo("Dr Patel");
        assertThat(record.outcome().orElseThrow().status()).isEqualTo(ScreeningStatus.CLEARED);
    }

    @Test
    void anUpdatedIntakeKeepsTheEarlierOneAsHistory() {
        registerAndLogIn("Hugo History");
        long id = intakes.myParticipantId();
        answerEverything(id, 7, 20, Set.of(), Set.of());
        intakes.submit(id);

        assertThat(intakes.draft(id).getPainNow()).isEqualTo(7); // a new draft starts from the last answers
        intakes.savePain(id, 4, null, 24);
        intakes.submit(id);

        asFrontDesk();
        HealthRecord record = records.record(id);
        assertThat(record.history()).extracting(Intake::getPainNow).containsExactly(4, 7);
        assertThat(record.latest().orElseThrow().getPainNow()).isEqualTo(4);
    }

    @Test
    void aParticipantCannotReadOrChangeAnotherParticipantsIntake() {
        registerAndLogIn("Bea Other");
        long other = intakes.myParticipantId();
        intakes.savePain(other, 3, null, 1);
        registerAndLogIn("Al Nosy");

        assertThatThrownBy(() -> records.record(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.savePain(other, 9, null, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearances.mayBook(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInstructorSeesNoHealthDataOfSomeoneNotOnTheirRoster() {
        registerAndLogIn("Pia Private");
        long id = intakes.myParticipantId();
        logIn(-2, "teacher-test@example.org", Role.INSTRUCTOR);

        assertThatThrownBy(() -> records.record(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyStaffViewOfHealthDataIsWrittenToTheAuditLog() {
        registerAndLogIn("Aud Ited");
        long id = intakes.myParticipantId();
        answerEverything(id, 5, 3, Set.of(), Set.of());
        intakes.submit(id);
        records.record(id); // the participant reading their own record is not audited

        asFrontDesk();
        records.record(id);
        records.record(id);

        logIn(-3, "admin-test@example.org", Role.ADMIN);
        List<AuditEntry> trail = auditTrail.of(id);
        assertThat(trail).filteredOn(e -> e.getAction().equals("VIEWED_HEALTH_RECORD")).hasSize(2)
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo("desk-test@example.org"));
    }

    @Test
    void staffOpeningAndSavingSomeonesIntakeIsAuditedWithoutTheAnswers() {
        registerAndLogIn("Ed Itor");
        long id = intakes.myParticipantId();
        intakes.draft(id);
        intakes.savePain(id, 9, PainDuration.TWELVE_WEEKS_OR_MORE, null); // their own: not audited

        asFrontDesk();
        long intakeId = intakes.draft(id).getId();
        intakes.saveCause(id, Condition.SPINAL_STENOSIS);
        intakes.saveRedFlags(id, Set.of(RedFlag.SADDLE_NUMBNESS));

        logIn(-3, "admin-test@example.org", Role.ADMIN);
        List<AuditEntry> trail = auditTrail.of(id);
        assertThat(trail).extracting(AuditEntry::getAction, AuditEntry::getActor).containsExactlyInAnyOrder(
                tuple("OPENED_INTAKE", "desk-test@example.org"), tuple("CHANGED_INTAKE", "desk-test@example.org"),
                tuple("CHANGED_INTAKE", "desk-test@example.org"));
        assertThat(trail).extracting(AuditEntry::getDetails).containsOnly("Intake " + intakeId);
    }

    @Test
    void theFrontDeskFindsParticipantsByNameEmailOrPhone() {
        Participant found = registration.register(RegistrationForms.form("Zelda Findme"));
        asFrontDesk();

        assertThat(records.search("zelda find", PageRequest.of(0, 10))).extracting(ParticipantSummary::id)
                .contains(found.getId());
        assertThat(records.search(found.getEmail().substring(0, 14), PageRequest.of(0, 10)))
                .extracting(ParticipantSummary::id).contains(found.getId());
        assertThat(records.search(found.getPhone(), PageRequest.of(0, 10))).extracting(ParticipantSummary::id)
                .contains(found.getId());
    }
}
