package org.warmpool.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Rejection;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ExerciseBias;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;

/**
 * The recommended classes page reads only the classes that may suit the participant
 * ({@link RecommendationService#recommendedFor}); what it shows must be exactly what matching every
 * upcoming class gives ({@link RecommendationService#forParticipant}): the same classes, in the same
 * order, with the same reasons, and every class counted for the choices. A table of participants
 * (red flag, clearance missing, each pain band, chronic and high pain, lift, deep water, conditions)
 * against pools warm and cold, with and without a lift, and full classes with a waitlist.
 */
@SpringBootTest
@ActiveProfiles("test")
class RecommendedClassesTest {

    @Autowired
    RecommendationService recommendations;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ScheduleTestData sessions;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    BookingTestData bookingData;
    @Autowired
    IntakeService intakes;
    @Autowired
    BookingService bookings;
    @Autowired
    PoolService pools;
    @Autowired
    java.time.Clock clock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private record Intake(int pain, PainDuration duration, Condition condition, boolean needsLift, boolean deepWaterOk,
            Set<RedFlag> redFlags, Set<Contraindication> contraindications) {
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theClassesThatMaySuitGiveWhatMatchingEveryClassGives() {
        addClassesOfEveryKind();
        List<Intake> table = List.of(
                new Intake(5, PainDuration.TWO_TO_11_WEEKS, Condition.HERNIATED_DISC, false, false, Set.of(), Set.of()),
                new Intake(8, PainDuration.LESS_THAN_2_WEEKS, Condition.SPINAL_STENOSIS, true, false, Set.of(), Set.of()),
                new Intake(5, PainDuration.TWELVE_WEEKS_OR_MORE, Condition.DEGENERATIVE_DISC, false, false, Set.of(),
                        Set.of()),
                new Intake(2, PainDuration.LESS_THAN_2_WEEKS, Condition.PIRIFORMIS, false, true, Set.of(), Set.of()),
                new Intake(0, PainDuration.LESS_THAN_2_WEEKS, Condition.OTHER_OR_UNKNOWN, true, true, Set.of(), Set.of()),
                new Intake(6, PainDuration.TWELVE_WEEKS_OR_MORE, Condition.SI_JOINT, true, false, Set.of(), Set.of()),
                new Intake(10, PainDuration.TWO_TO_11_WEEKS, Condition.SPONDYLOLISTHESIS, false, true, Set.of(),
                        Set.of()),
                new Intake(3, PainDuration.TWO_TO_11_WEEKS, Condition.HERNIATED_DISC, false, true, Set.of(), Set.of()),
                new Intake(4, PainDuration.LESS_THAN_2_WEEKS, Condition.SI_JOINT, true, true, Set.of(), Set.of()),
                new Intake(5, PainDuration.TWO_TO_11_WEEKS, Condition.HERNIATED_DISC, false, false,
                        Set.of(RedFlag.SADDLE_NUMBNESS), Set.of()),
                new Intake(5, PainDuration.TWO_TO_11_WEEKS, Condition.HERNIATED_DISC, false, false, Set.of(),
                        Set.of(Contraindication.RECENT_SURGERY)));
        int recommended = 0;
        for (int row = 0; row < table.size(); row++) {
            Registered who = screened("Same Answer " + row, table.get(row));
            MatchResult everyClass = as(who, () -> recommendations.forParticipant(who.participantId(), 14));
            RecommendedClasses read = as(who, () -> recommendations.recommendedFor(who.participantId(), 14));

            assertThat(read.blockedBecause()).as("row %d", row).isEqualTo(everyClass.blockedBecause());
            assertThat(seen(read)).as("row %d", row).isEqualTo(seen(everyClass));
            assertThat(counted(read)).as("row %d", row).isEqualTo(counted(everyClass));
            recommended += read.recommendations().size();
        }
        assertThat(recommended).as("the table recommends classes at all").isPositive();
    }

    @Test
    void theClassesAreReadInAFixedNumberOfQueriesHoweverManyThereAre() {
        Registered pat = bookingData.cleared("Lean Counter");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        bookingData.levelTwo(4, 3, "06:05"); // one class that suits
        as(pat, () -> recommendations.recommendedForMe(14)); // warm-up: first reads of the levels and settings
        statistics.clear();
        as(pat, () -> recommendations.recommendedForMe(14));
        long forFew = statistics.getPrepareStatementCount();

        addClassesOfEveryKind();
        statistics.clear();
        RecommendedClasses many = as(pat, () -> recommendations.recommendedForMe(14));
        long forMany = statistics.getPrepareStatementCount();

        assertThat(many.recommendations()).hasSizeGreaterThan(10);
        // As matching every class, with the count of every class in place of reading them.
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(11);
    }

    /** What the participant sees of each recommended class, in order: which, its score, its reasons. */
    private static List<String> seen(RecommendedClasses classes) {
        return classes.recommendations().stream()
                .map(r -> r.session().sessionId() + " " + r.score() + " " + ReasonWords.because(r)).toList();
    }

    private static List<String> seen(MatchResult result) {
        return result.recommendations().stream()
                .map(r -> r.session().sessionId() + " " + r.score() + " " + ReasonWords.because(r)).toList();
    }

    /** Every class (recommended or not) by date, time and level, as the choices count them. */
    private static java.util.Map<String, Integer> counted(RecommendedClasses classes) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        classes.classes().forEach(slot -> counts.merge(slot.date() + " " + slot.start() + " " + slot.level(),
                slot.count(), Integer::sum));
        return counts;
    }

    private static java.util.Map<String, Integer> counted(MatchResult result) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        java.util.stream.Stream.concat(result.recommendations().stream().map(r -> r.session()),
                result.rejections().stream().map(Rejection::session))
                .forEach((Candidate c) -> counts.merge(c.date() + " " + c.start() + " " + c.level(), 1, Integer::sum));
        return counts;
    }

    private Registered screened(String name, Intake answers) {
        Registered registered = participants.register(name);
        asStaff(() -> {
            long id = registered.participantId();
            intakes.savePain(id, answers.pain(), answers.duration(), null);
            intakes.saveCause(id, answers.condition());
            intakes.saveRedFlags(id, answers.redFlags());
            intakes.saveContraindications(id, answers.contraindications());
            intakes.saveAccess(id, answers.needsLift(), answers.deepWaterOk(),
                    EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), EnumSet.of(TimeOfDay.MORNING));
            return intakes.submit(id);
        });
        return registered;
    }

    /**
     * Classes of every level, with each bias, in three pools (34 °C with a lift; 32 °C and 29 °C
     * without), on days across the two weeks, morning to evening; two of them full, one with a
     * waitlist; one class cancelled, one beyond the two weeks.
     */
    private void addClassesOfEveryKind() {
        asStaff(() -> {
            Pool warm = pools.save(new Pool("Warm " + java.util.UUID.randomUUID().toString().substring(0, 6),
                    new BigDecimal("34.0"), new BigDecimal("1.00"), new BigDecimal("1.40"), true, 12));
            Pool mild = pools.save(new Pool("Mild " + java.util.UUID.randomUUID().toString().substring(0, 6),
                    new BigDecimal("32.0"), new BigDecimal("1.00"), new BigDecimal("2.00"), false, 12));
            Pool cool = pools.save(new Pool("Cool " + java.util.UUID.randomUUID().toString().substring(0, 6),
                    new BigDecimal("29.0"), new BigDecimal("1.00"), new BigDecimal("2.00"), false, 12));
            ExerciseBias[] biases = ExerciseBias.values();
            String[] starts = {"07:15", "10:30", "14:00", "18:45"};
            LocalDate today = LocalDate.now(clock);
            int n = 0;
            for (Pool pool : List.of(warm, mild, cool)) {
                for (int level = 0; level <= 3; level++) {
                    for (int day : new int[] {1, 4, 9, 13, 16}) {
                        var draft = sessions.once(sessions.level(level), pool, today.plusDays(day), starts[n % 4]);
                        draft.setBias(biases[n % biases.length]);
                        draft.setCapacity(n % 7 == 0 ? 1 : 4);
                        schedule.createSeries(draft);
                        n++;
                    }
                }
            }
            // Fill the one-place classes in the warm pool and put someone on the waitlist of the first.
            List<ScheduledSession> small = schedule.week(today.plusDays(1), warm.getId()).stream()
                    .filter(s -> s.capacity() == 1).toList();
            for (ScheduledSession s : small) {
                Registered first = bookingData.cleared("Seat Taker " + s.id());
                bookings.bookFor(first.participantId(), s.id(), true, "Holds the seat");
            }
            // Closed: a class other than the full ones (in some weeks the first of the week is one of them).
            ScheduledSession closed = schedule.week(today.plusDays(4), warm.getId()).stream()
                    .filter(s -> s.capacity() > 1).findFirst().orElseThrow();
            schedule.cancelSession(closed.id(), "Pool closed");
            if (!small.isEmpty()) {
                Registered waiting = bookingData.cleared("Waiting " + small.get(0).id());
                bookings.bookFor(waiting.participantId(), small.get(0).id(), true, "Waits for a seat");
            }
            return null;
        });
    }
}
