package org.warmpool.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.booking.BookingTestData;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.matching.Recommendation;
import org.warmpool.matching.ReasonWords;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.progress.ProgressTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.SystemTasks;

/** DOMAIN.md ranking: continuity with an instructor the participant already knows from a class they came to. */
@SpringBootTest
@ActiveProfiles("test")
class KnownInstructorRankingTest {

    @Autowired
    RecommendationService recommendations;
    @Autowired
    BookingTestData data;
    @Autowired
    ProgressTestData classes;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    StaffingService staffing;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    private ScheduledSession taughtBy(Instructor teacher, LocalDate date, String start) {
        ScheduledSession session = data.session(2, 6, date, start);
        SystemTasks.runAsStaff(() -> staffing.assign(session.id(), teacher.getId()));
        return session;
    }

    private List<Long> order(Registered who, ScheduledSession... sessions) {
        List<Long> ids = java.util.Arrays.stream(sessions).map(ScheduledSession::id).toList();
        return as(who, () -> recommendations.forParticipant(who.participantId(), 14)).recommendations().stream()
                .map(r -> r.session().sessionId()).filter(ids::contains).toList();
    }

    @Test
    void anOtherwiseEqualClassWithTheInstructorWhoTaughtAClassTheyCameToRanksFirstAndSaysSo() {
        Registered kim = data.cleared("Kim Known");
        Instructor anna = asStaff(() -> instructors.qualified("Anna Known"));
        Instructor bert = asStaff(() -> instructors.qualified("Bert New"));
        LocalDate day = LocalDate.now(clock).plusDays(5);
        ScheduledSession withBert = taughtBy(bert, day, "09:00");
        ScheduledSession withAnna = taughtBy(anna, day, "09:30");
        // Before Kim came to one of Anna's classes, the earlier class ranks first.
        assertThat(order(kim, withBert, withAnna)).containsExactly(withBert.id(), withAnna.id());

        ScheduledSession yesterday = classes.pastClass(2, 1, anna, kim);
        classes.record(yesterday, kim, 4, 3); // marks Kim as attended

        assertThat(order(kim, withBert, withAnna)).containsExactly(withAnna.id(), withBert.id());
        Recommendation annas = as(kim, () -> recommendations.forParticipant(kim.participantId(), 14))
                .recommendations().stream().filter(r -> r.session().sessionId() == withAnna.id()).findFirst()
                .orElseThrow();
        assertThat(ReasonWords.because(annas)).contains("with " + anna.getName() + ", who taught you before");
    }

    @Test
    void aClassBookedButNotAttendedDoesNotMakeTheInstructorKnown() {
        Registered noa = data.cleared("Noa Noshow");
        Instructor cleo = asStaff(() -> instructors.qualified("Cleo Unmet"));
        Instructor dan = asStaff(() -> instructors.qualified("Dan Other"));
        LocalDate day = LocalDate.now(clock).plusDays(6);
        ScheduledSession withDan = taughtBy(dan, day, "09:00");
        ScheduledSession withCleo = taughtBy(cleo, day, "09:30");

        classes.pastClass(2, 2, cleo, noa); // booked, attendance never marked

        assertThat(order(noa, withDan, withCleo)).containsExactly(withDan.id(), withCleo.id());
    }
}
