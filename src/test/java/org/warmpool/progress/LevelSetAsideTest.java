package org.warmpool.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;
import static org.warmpool.progress.ProgressTestData.asInstructor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmpool.TestClock;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.ReasonWords;
import org.warmpool.participant.AuditEntry;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RedFlag;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.schedule.ScheduledSession;

/**
 * DOMAIN.md, Progression: a later intake or pain check-in with high pain, or a red flag, sets the
 * accepted level aside; the gentle levels apply until staff accept a level again, and the
 * participant and the instructor are told why.
 */
@SpringBootTest
@ActiveProfiles("test")
class LevelSetAsideTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    @Autowired
    ProgressService progress;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    IntakeService intakes;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    ClearanceService clearances;
    @Autowired
    ParticipantDirectory directory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    org.warmpool.participant.ParticipantTestData participants;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    private void accept(Registered who, int level) {
        transactions.executeWithoutResult(tx -> directory.setCurrentLevel(who.participantId(), level));
    }

    private MatchResult matched(Registered who) {
        return as(who, () -> recommendations.forParticipant(who.participantId(), 14));
    }

    private static String today(TestClock clock) {
        return LocalDate.now(clock).format(DAY);
    }

    @Test
    void painNineAtAClassAfterAnAcceptedLevelTwoOffersOnlyGentleClassesAndSaysWhyToParticipantAndInstructor() {
        Registered ria = data.cleared("Ria Aside");
        Instructor teacher = asStaff(() -> instructors.qualified("Tess Aside"));
        ScheduledSession yesterday = classes.pastClass(2, 1, teacher, ria);
        accept(ria, 2);
        ScheduledSession levelTwo = data.session(2, 6, LocalDate.now(clock).plusDays(3), "11:00");
        ScheduledSession levelOne = data.session(1, 6, LocalDate.now(clock).plusDays(3), "09:00");
        assertThat(matched(ria).recommendations()).anyMatch(r -> r.session().sessionId() == levelTwo.id());

        classes.record(yesterday, ria, 9, null);

        MatchResult after = matched(ria);
        assertThat(after.recommendations()).noneMatch(r -> r.session().level().number() > 1);
        assertThat(after.rejections()).filteredOn(r -> r.session().sessionId() == levelTwo.id()).singleElement()
                .extracting(ReasonWords::rejection).asString().contains("Level 2 Stretch & Strengthen is not offered "
                        + "for now: the accepted level 2 was set aside on " + today(clock)
                        + " because of pain 9 reported at a class; the gentle classes apply until staff review it");
        assertThat(after.recommendations()).filteredOn(r -> r.session().sessionId() == levelOne.id()).singleElement()
                .extracting(ReasonWords::because).asString().startsWith("Because gentle classes for now: ");
        Progress mine = as(ria, () -> progress.mine());
        assertThat(mine.currentLevel()).isNull();
        assertThat(mine.levelSetAside()).isEqualTo("Your accepted level 2 was set aside on " + today(clock)
                + " because of pain 9 reported at a class. The gentle classes apply until staff review it.");
        assertThat(asInstructor(teacher, () -> progress.of(ria.participantId())).levelSetAside())
                .isEqualTo("Accepted level 2 set aside on " + today(clock) + " because of pain 9 reported at a class. "
                        + "Only the gentle classes are offered until staff accept a level again.");
        assertThat(auditTrail(ria)).extracting(AuditEntry::getAction).contains("SET_LEVEL_ASIDE");
    }

    @Test
    void aLevelAcceptedAgainIsNotSetAsideByCorrectingAnotherNumberOfThatSameClass() {
        Registered eli = data.cleared("Eli Again");
        ScheduledSession yesterday = classes.pastClass(2, 1, null, eli);
        accept(eli, 2);
        classes.record(yesterday, eli, 8, null);
        assertThat(as(eli, () -> progress.mine()).currentLevel()).isNull();

        accept(eli, 2);
        classes.record(yesterday, eli, 8, 6);

        Progress mine = as(eli, () -> progress.mine());
        assertThat(mine.currentLevel()).isEqualTo(2);
        assertThat(mine.levelSetAside()).isNull();
    }

    @Test
    void painBelowHighAtAClassKeepsTheAcceptedLevel() {
        Registered sam = data.cleared("Sam Steady");
        ScheduledSession yesterday = classes.pastClass(2, 1, null, sam);
        accept(sam, 2);

        classes.record(yesterday, sam, 6, 6);

        Progress mine = as(sam, () -> progress.mine());
        assertThat(mine.currentLevel()).isEqualTo(2);
        assertThat(mine.levelSetAside()).isNull();
    }

    @Test
    void aLaterIntakeWithHighPainSetsTheLevelAsideUntilStaffAcceptALevelAgain() {
        Registered ivo = data.cleared("Ivo Intake");
        accept(ivo, 2);
        ScheduledSession levelTwo = data.session(2, 6, LocalDate.now(clock).plusDays(4), "11:00");

        as(ivo, () -> {
            intakes.savePain(ivo.participantId(), 8, null, 3);
            return intakes.submit(ivo.participantId());
        });

        assertThat(as(ivo, () -> progress.mine()).levelSetAside()).contains("pain 8 reported in the intake");
        assertThat(matched(ivo).recommendations()).noneMatch(r -> r.session().level().number() > 1);

        accept(ivo, 2);

        assertThat(as(ivo, () -> progress.mine()).levelSetAside()).isNull();
        assertThat(matched(ivo).rejections()).filteredOn(r -> r.session().sessionId() == levelTwo.id())
                .allSatisfy(r -> assertThat(ReasonWords.rejection(r)).doesNotContain("set aside"));
    }

    @Test
    void aRedFlagInALaterIntakeSetsTheLevelAsideAndAfterTheDoctorsVisitOnlyGentleClassesAreOffered() {
        Registered rex = data.cleared("Rex Aside");
        accept(rex, 3);
        data.session(2, 6, LocalDate.now(clock).plusDays(4), "12:00");

        asStaff(() -> {
            intakes.saveRedFlags(rex.participantId(), EnumSet.of(RedFlag.SCIATICA_BOTH_LEGS));
            return intakes.submit(rex.participantId());
        });
        assertThat(matched(rex).blockedBecause()).contains("contact a doctor");
        asStaff(() -> {
            clearances.recordDoctorSeen(rex.participantId(), LocalDate.now(clock), "Dr Ada Okafor", null);
            return null;
        });

        MatchResult after = matched(rex);
        assertThat(after.blockedBecause()).isNull();
        assertThat(after.recommendations()).noneMatch(r -> r.session().level().number() > 1);
        assertThat(as(rex, () -> progress.mine()).levelSetAside()).startsWith("Your accepted level 3 was set aside")
                .contains("a warning sign reported in the intake (sciatica in both legs that is new or getting worse)");
    }

    private java.util.List<AuditEntry> auditTrail(Registered who) {
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            var authorities = java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                    org.warmpool.security.Role.ADMIN.authority()));
            SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            new org.warmpool.security.AppUserPrincipal(-3, "admin-test@example.org", "Admin", "n/a",
                                    true, authorities), null, authorities));
            return auditTrail.of(who.participantId());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
