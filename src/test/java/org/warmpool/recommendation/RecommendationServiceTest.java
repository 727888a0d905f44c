package org.warmpool.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.matching.MatchResult;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.pool.Pool;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;

@SpringBootTest
@ActiveProfiles("test")
class RecommendationServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    RecommendationService recommendations;
    @Autowired
    ScheduleService schedule;
    @Autowired
    StaffingService staffing;
    @Autowired
    ScheduleTestData sessions;
    @Autowired
    InstructorTestData instructors;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void logInAs(ParticipantTestData.Registered participant) {
        var authorities = List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
        var principal = new AppUserPrincipal(participant.userId(), participant.email(), participant.name(), "n/a",
                true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    }

    @Test
    void candidatesAreReadInAFixedNumberOfQueriesHoweverManySessionsThereAre() {
        ParticipantTestData.Registered pat = participants.register("Query Counter");
        SystemTasks.runAsStaff(() -> participants.sendIntake(pat.participantId(), Set.of(), Set.of()));
        logInAs(pat);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        addStaffedSessions(3);
        recommendations.forMe(14); // warm-up: first reads of the levels and settings
        statistics.clear();
        MatchResult few = recommendations.forMe(14);
        long queriesForFew = statistics.getPrepareStatementCount();

        addStaffedSessions(12);
        statistics.clear();
        MatchResult many = recommendations.forMe(14);
        long queriesForMany = statistics.getPrepareStatementCount();

        assertThat(many.recommendations().size() + many.rejections().size())
                .isGreaterThanOrEqualTo(few.recommendations().size() + few.rejections().size() + 12);
        // The participant, their intakes, the programme rules, one query for the instructors they know
        // and one for all the sessions (Hibernate's statements; the check that the caller's session
        // has not ended is one more, in plain JDBC).
        assertThat(queriesForMany).isEqualTo(queriesForFew).isLessThanOrEqualTo(10);
    }

    private void addStaffedSessions(int count) {
        SystemTasks.runAsStaff(() -> {
            Pool pool = sessions.warmPool();
            var teacher = instructors.qualified("Query Teacher");
            for (int i = 0; i < count; i++) {
                LocalDate date = LocalDate.now(clock).plusDays(1 + i % 12);
                schedule.createSeries(sessions.once(sessions.level(2), pool, date, "06:" + (10 + i * 3)));
            }
            schedule.week(LocalDate.now(clock).plusDays(1), pool.getId()).forEach(s -> staffing.assign(s.id(),
                    teacher.getId()));
        });
    }
}
