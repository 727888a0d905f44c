package org.warmpool.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.matching.MatchResult;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ScreeningOutcome;
import org.warmpool.pool.Pool;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.security.SystemTasks;

@SpringBootTest
@ActiveProfiles("test")
class ProgrammeSettingsServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    ProgrammeSettingsService settings;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    ScheduleTestData sessions;
    @Autowired
    ScheduleService schedule;
    @Autowired
    RecommendationService recommendations;

    @AfterEach
    void restoreDefaults() {
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings current = settings.current();
            current.setHighPainFrom(7);
            current.setChronicFromWeeks(12);
            current.setGentleUpToLevel(1);
            current.setChronicLevel(1);
            current.setDeepWaterFromLevel(3);
            current.setMaxWaitlist(10);
            settings.save(current);
        });
    }

    @Test
    void theDefaultsAreTheDomainRules() {
        ProgrammeSettings current = settings.current();

        assertThat(current.getHighPainFrom()).isEqualTo(7);
        assertThat(current.getChronicFromWeeks()).isEqualTo(12);
        assertThat(current.getGentleUpToLevel()).isEqualTo(1);
        assertThat(current.getDeepWaterFromLevel()).isEqualTo(3);
        assertThat(current.getMaxWaitlist()).isEqualTo(10);
    }

    @Test
    void aLowerHighPainThresholdMakesScreeningAndMatchingGentler() {
        var pat = participants.register("Threshold Tester");
        LocalDate soon = LocalDate.now(clock).plusDays(4);
        Pool[] pool = new Pool[1];
        SystemTasks.runAsStaff(() -> {
            pool[0] = sessions.warmPool();
            schedule.createSeries(sessions.once(sessions.level(2), pool[0], soon, "05:45"));
            ProgrammeSettings stricter = settings.current();
            stricter.setHighPainFrom(5);
            settings.save(stricter);
        });

        ScreeningOutcome[] outcome = new ScreeningOutcome[1];
        MatchResult[] result = new MatchResult[1];
        SystemTasks.runAsStaff(() -> {
            outcome[0] = participants.sendIntake(pat.participantId(), Set.of(), Set.of()); // pain 5
            result[0] = recommendations.forParticipant(pat.participantId(), 14);
        });

        assertThat(outcome[0].highPain()).isTrue();
        assertThat(result[0].recommendations()).noneMatch(r -> r.session().poolName().equals(pool[0].getName()));
        assertThat(result[0].rejections()).anyMatch(r -> r.session().poolName().equals(pool[0].getName()));
    }

    @Test
    void theChronicLevelMustBeAGentleLevelAndOnlyAnAdministratorChangesTheRules() {
        SystemTasks.runAsStaff(() -> {
            ProgrammeSettings odd = settings.current();
            odd.setGentleUpToLevel(0);
            odd.setChronicLevel(1);
            assertThatThrownBy(() -> settings.save(odd)).isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("must be one of the gentle levels");
        });
        assertThatThrownBy(() -> settings.save(settings.current())).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
