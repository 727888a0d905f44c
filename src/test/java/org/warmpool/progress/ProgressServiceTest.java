package org.warmpool.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;
import static org.warmpool.progress.ProgressTestData.asInstructor;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.Attendance;
import org.warmpool.booking.AttendanceService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.ReasonWords;
import org.warmpool.participant.AuditEntry;
import org.warmpool.participant.AuditTrail;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.schedule.ScheduledSession;

/** Pain check-ins, suggestions and decisions, and who may see a participant's progress. */
@SpringBootTest
@ActiveProfiles("test")
class ProgressServiceTest {

    @Autowired
    ProgressService progress;
    @Autowired
    PainCheckInService painCheckIns;
    @Autowired
    AttendanceService attendance;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void acceptingASuggestionSetsTheLevelAndTheMatcherRefusesLevelsAboveIt() {
        Registered ria = data.cleared("Ria Flares");
        ScheduledSession upcomingLevelTwo = data.levelTwo(6, 5, "11:00");
        classes.classesWithPain(ria, 2, 15, "3-5 4-6");

        Progress before = asStaff(() -> progress.of(ria.participantId()));
        assertThat(before.currentLevel()).isNull();
        Progress.SuggestionSummary suggestion = before.openSuggestion().orElseThrow();
        assertThat(suggestion.direction()).isEqualTo(Direction.DOWN);
        assertThat(suggestion.headline()).isEqualTo("Move down to Level 1 Gentle Mobility");
        assertThat(suggestion.reason()).startsWith("Your pain rose by 2 points or more during each of your last 2");
        // Nothing changes without acceptance: Level 2 is still recommended.
        assertThat(as(ria, () -> recommendations.forParticipant(ria.participantId(), 14)).recommendations())
                .anyMatch(r -> r.session().sessionId() == upcomingLevelTwo.id());

        asStaff(() -> {
            progress.accept(suggestion.id(), "Talked it through after class");
            return null;
        });

        Progress after = as(ria, () -> progress.mine());
        assertThat(after.currentLevel()).isEqualTo(1);
        assertThat(after.currentLevelTitle()).isEqualTo("Level 1 Gentle Mobility");
        assertThat(after.openSuggestion()).isEmpty();
        MatchResult matched = as(ria, () -> recommendations.forParticipant(ria.participantId(), 14));
        assertThat(matched.recommendations()).noneMatch(r -> r.session().sessionId() == upcomingLevelTwo.id());
        assertThat(matched.rejections()).filteredOn(r -> r.session().sessionId() == upcomingLevelTwo.id())
                .singleElement().extracting(ReasonWords::rejection).asString()
                .contains("is above your current level (1)");
    }

    @Test
    void afterAcceptingAMoveDownTheFlaresThatLedToItDoNotSuggestItAgain() {
        Registered rob = data.cleared("Rob Moved Down");
        classes.classesWithPain(rob, 2, 30, "3-5 4-6");
        long down = asStaff(() -> progress.of(rob.participantId())).openSuggestion().orElseThrow().id();
        clock.moveTo(clock.instant().minus(java.time.Duration.ofDays(20)));
        asStaff(() -> {
            progress.accept(down, "Agreed at the poolside");
            return null;
        });
        clock.reset();

        ScheduledSession gentler = classes.pastClass(1, 10, null, rob);
        classes.record(gentler, rob, 4, null);

        Progress now = asStaff(() -> progress.of(rob.participantId()));
        assertThat(now.currentLevel()).isEqualTo(1);
        assertThat(now.openSuggestion()).isEmpty();
    }

    @Test
    void correctingAttendanceToDidNotComeWithdrawsTheSuggestionItLedTo() {
        Registered zoe = data.cleared("Zoe Corrected");
        List<ScheduledSession> past = classes.classesWithPain(zoe, 2, 20, "3-5 3-5");
        assertThat(asStaff(() -> progress.of(zoe.participantId())).openSuggestion()).isPresent();

        long wrongOne = classes.bookingOf(past.get(1), zoe);
        asStaff(() -> {
            attendance.mark(wrongOne, Attendance.NO_SHOW);
            return null;
        });

        assertThat(asStaff(() -> progress.of(zoe.participantId())).openSuggestion()).isEmpty();
    }

    @Test
    void aDismissedSuggestionIsNotShownAgainUntilNewPainData() {
        Registered sam = data.cleared("Sam Dismissed");
        List<ScheduledSession> past = classes.classesWithPain(sam, 2, 22, "3-5 3-5");
        long id = asStaff(() -> progress.of(sam.participantId())).openSuggestion().orElseThrow().id();

        asStaff(() -> {
            progress.dismiss(id, "Had a long drive that day");
            return null;
        });
        assertThat(asStaff(() -> progress.of(sam.participantId())).openSuggestion()).isEmpty();
        // Entering the same numbers again is no new data.
        classes.record(past.get(1), sam, 3, 5);
        assertThat(asStaff(() -> progress.of(sam.participantId())).openSuggestion()).isEmpty();
        assertThat(asStaff(() -> progress.of(sam.participantId())).currentLevel()).isNull();
        assertThatThrownBy(() -> asStaff(() -> {
            progress.accept(id, null);
            return null;
        })).isInstanceOf(RuleViolationException.class).hasMessageContaining("already decided");

        classes.classesWithPain(sam, 2, 1, "4-6");

        assertThat(asStaff(() -> progress.of(sam.participantId())).openSuggestion()).get()
                .extracting(Progress.SuggestionSummary::direction).isEqualTo(Direction.DOWN);
    }

    @Test
    void sixCalmClassesSuggestMovingUpAndAFlareAfterwardsWithdrawsIt() {
        Registered uma = data.cleared("Uma Climbs");
        classes.classesWithPain(uma, 2, 50, "4-3 4-3 3-2 3-3 3-2 3-3");

        Progress.SuggestionSummary up = asStaff(() -> progress.of(uma.participantId())).openSuggestion().orElseThrow();
        assertThat(up.headline()).isEqualTo("Move up to Level 3 Aqua Conditioning");
        assertThat(up.reason()).isEqualTo("Your last 4 classes ended with pain 2-3, which suits Level 3 Aqua "
                + "Conditioning (pain 0-3). You have come to 6 classes at Level 2 and had no flare-up in the last 3.");

        classes.classesWithPain(uma, 2, 1, "1-3");

        assertThat(asStaff(() -> progress.of(uma.participantId())).openSuggestion()).isEmpty();
    }

    @Test
    void enteringPainMarksAnUnmarkedParticipantAsAttendedAndShowsAFlare() {
        Registered vic = data.cleared("Vic Unmarked");
        ScheduledSession session = classes.pastClass(2, 3, null, vic);

        PainRow row = classes.record(session, vic, 3, null);
        assertThat(row.attendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(row.flare()).isFalse();
        row = classes.record(session, vic, 3, 5);
        assertThat(row.flare()).isTrue();

        PainSheet sheet = asStaff(() -> painCheckIns.sheet(session.id()));
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.before()).isEqualTo(3);
            assertThat(r.after()).isEqualTo(5);
            assertThat(r.flare()).isTrue();
            assertThat(r.attendance()).isEqualTo(Attendance.ATTENDED);
        });
        assertThat(as(vic, () -> progress.mine()).classes()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(2);
            assertThat(c.meaningfulChange()).isTrue();
        });
    }

    @Test
    void painIsRefusedForSomeoneMarkedAsNotComeAndOutsideTheScale() {
        Registered wes = data.cleared("Wes Absent");
        ScheduledSession session = classes.pastClass(2, 2, null, wes);
        long booking = classes.bookingOf(session, wes);
        asStaff(() -> {
            attendance.mark(booking, Attendance.NO_SHOW);
            return null;
        });

        assertThatThrownBy(() -> classes.record(session, wes, 4, null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is marked as not come");
        assertThatThrownBy(() -> asStaff(() -> painCheckIns.record(session.id(), booking, 11, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("from 0 (none) to 10 (worst)");
        assertThat(as(wes, () -> progress.mine()).classes()).isEmpty();
    }

    @Test
    void onlyTheClassesOwnInstructorEntersItsPain() {
        Instructor teacher = asStaff(() -> instructors.qualified("Pain Teacher"));
        Instructor other = asStaff(() -> instructors.qualified("Other Teacher"));
        Registered xia = data.cleared("Xia Taught");
        ScheduledSession session = classes.pastClass(2, 4, teacher, xia);
        long booking = classes.bookingOf(session, xia);

        assertThat(asInstructor(teacher, () -> painCheckIns.record(session.id(), booking, 4, 3)).before())
                .isEqualTo(4);
        assertThatThrownBy(() -> asInstructor(other, () -> painCheckIns.record(session.id(), booking, 5, 3)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor(other, () -> painCheckIns.sheet(session.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherParticipantAndAnInstructorNotTeachingThemCannotSeeSomeonesProgress() {
        Instructor teacher = asStaff(() -> instructors.qualified("Their Teacher"));
        Instructor stranger = asStaff(() -> instructors.qualified("Stranger Teacher"));
        Registered ann = data.cleared("Ann Progress");
        Registered ben = data.cleared("Ben Curious");
        ScheduledSession session = classes.pastClass(2, 5, teacher, ann);
        asInstructor(teacher, () -> painCheckIns.record(session.id(), classes.bookingOf(session, ann), 5, 3));

        assertThatThrownBy(() -> as(ben, () -> progress.of(ann.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asInstructor(stranger, () -> progress.of(ann.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        Progress seenByTeacher = asInstructor(teacher, () -> progress.of(ann.participantId()));
        assertThat(seenByTeacher.classes()).extracting(ClassPain::after).containsExactly(3);
        assertThat(seenByTeacher.mayDecide()).isTrue();
        assertThat(as(ann, () -> progress.mine()).mayDecide()).isFalse();
    }

    @Test
    void everyStaffViewOfSomeonesProgressIsAudited() {
        Registered cy = data.cleared("Cy Audited");

        asStaff(() -> progress.of(cy.participantId()));
        asStaff(() -> progress.of(cy.participantId()));

        List<AuditEntry> trail = asStaff(() -> auditTrail.of(cy.participantId()));
        assertThat(trail).filteredOn(e -> e.getAction().equals("VIEWED_PROGRESS")).hasSize(2);
    }

    @Test
    void openingAClassesPainCheckInIsAuditedForEveryoneOnIt() {
        Registered ann = data.cleared("Ann On Sheet");
        Registered ben = data.cleared("Ben On Sheet");
        ScheduledSession session = classes.pastClass(2, 4, null, ann, ben);

        asStaff(() -> painCheckIns.sheet(session.id()));

        for (Registered who : List.of(ann, ben)) {
            assertThat(asStaff(() -> auditTrail.of(who.participantId())))
                    .filteredOn(e -> e.getAction().equals("VIEWED_PAIN_CHECK_IN")).singleElement()
                    .satisfies(e -> assertThat(e.getDetails()).contains(session.date().toString()));
        }
    }
}
