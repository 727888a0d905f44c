package org.warmpool.recommendation;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.matching.Candidate;
import org.warmpool.matching.LevelRules;
import org.warmpool.matching.MatchResult;
import org.warmpool.matching.MatchSettings;
import org.warmpool.matching.Matcher;
import org.warmpool.matching.Profile;
import org.warmpool.matching.Schedule;
import org.warmpool.participant.CurrentScreening;
import org.warmpool.participant.Intake;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.ScreeningOutcome;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SessionOffer;
import org.warmpool.security.Roles;

/**
 * Recommended classes for a participant: their latest screened intake and the upcoming sessions
 * (one query), judged by the plain-Java {@link Matcher}. The participant's page reads only the
 * sessions that may suit them ({@link #recommendedFor}), with the same result; the others are
 * read, all of them, when someone asks why they do not suit. Reading another participant's health
 * data goes through {@link ParticipantRecordService}, which checks the right and audits staff.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    public static final int DEFAULT_DAYS = 14;

    private final ParticipantRecordService records;
    private final MyParticipant me;
    private final ScheduleService schedule;
    private final ProgrammeSettingsService programme;
    private final ObjectProvider<KnownInstructors> knownInstructors;
    private final java.time.ZoneId zone;
    private final java.time.Clock clock;

    RecommendationService(ParticipantRecordService records, MyParticipant me, ScheduleService schedule,
            ProgrammeSettingsService programme,
            ObjectProvider<KnownInstructors> knownInstructors, java.time.Clock clock) {
        this.knownInstructors = knownInstructors;
        this.zone = clock.getZone();
        this.clock = clock;
        this.records = records;
        this.me = me;
        this.schedule = schedule;
        this.programme = programme;
    }

    /** The matcher with the thresholds the administrator set. */
    private Matcher matcher() {
        ProgrammeSettings s = programme.current();
        return new Matcher(new MatchSettings(levelsFrom(0, s.getGentleUpToLevel()), s.getChronicLevel(),
                levelsFrom(s.getDeepWaterFromLevel(), 3), s.getMaxWaitlist()));
    }

    private static Set<Integer> levelsFrom(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last).boxed().collect(java.util.stream.Collectors.toSet());
    }

    /** How far ahead to look for the first suitable class when none is in the usual horizon. */
    public static final int LOOK_AHEAD_DAYS = 56;

    /**
     * The first upcoming class that suits the participant within eight weeks: for the kind
     * message shown when nothing suits in the next two weeks.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public java.util.Optional<Candidate> earliestSuitable(long participantId) {
        return recommendedFor(participantId, LOOK_AHEAD_DAYS).recommendations().stream()
                .map(org.warmpool.matching.Recommendation::session)
                .min(java.util.Comparator.comparing(Candidate::date).thenComparing(Candidate::start));
    }

    @RolesAllowed(Roles.PARTICIPANT)
    public java.util.Optional<Candidate> myEarliestSuitable() {
        return earliestSuitable(me.id());
    }

    @RolesAllowed(Roles.PARTICIPANT)
    public MatchResult forMe(int days) {
        return forParticipant(me.id(), days);
    }

    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public MatchResult forParticipant(long participantId, int days) {
        Profile profile = profile(records.currentScreening(participantId), true);
        if (!profile.mayBook()) {
            return new MatchResult(profile.blockedBecause(), List.of(), List.of());
        }
        List<Candidate> candidates = schedule.upcomingOffers(days).stream()
                .map(offered -> candidate(offered.offer(), offered.seatsTaken(), offered.waiting())).toList();
        return matcher().match(profile, candidates);
    }

    @RolesAllowed(Roles.PARTICIPANT)
    public RecommendedClasses recommendedForMe(int days) {
        return recommendedFor(me.id(), days);
    }

    /**
     * The recommendations of {@link #forParticipant}, the same classes in the same order with the
     * same reasons, read without the classes that cannot suit: one query counts every upcoming
     * class by date, time and level; a second reads only the classes of the levels the participant
     * may be recommended, in a pool warm enough for the level (and with a lift if they need one),
     * as plain values with their places taken and the people waiting (the class's own counts). The
     * matcher judges and ranks those with every
     * level on offer, as it would the whole list. A fixed number of queries; on the chain 800 to
     * 2,400 classes built instead of 6,000, and no booking read for their places.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public RecommendedClasses recommendedFor(long participantId, int days) {
        Profile profile = profile(records.currentScreening(participantId), true);
        if (!profile.mayBook()) {
            return new RecommendedClasses(profile.blockedBecause(), List.of(), List.of());
        }
        java.time.Instant from = clock.instant();
        java.time.Instant to = from.plusSeconds(days * 86_400L);
        List<RecommendedClasses.Slot> slots = schedule.upcomingSlots(from, to).stream()
                .map(slot -> new RecommendedClasses.Slot(slot.date(), slot.start(), new LevelRules(slot.levelNumber(),
                        slot.levelName(), slot.levelPainMin(), slot.levelPainMax(), slot.levelMinTemperature()),
                        Math.toIntExact(slot.sessions())))
                .toList();
        List<LevelRules> levels = slots.stream().map(RecommendedClasses.Slot::level).distinct().toList();
        Matcher matcher = matcher();
        List<Integer> mayRecommend = levels.stream().filter(level -> matcher.mayRecommendLevel(profile, level))
                .map(LevelRules::number).distinct().toList();
        List<Candidate> candidates = schedule.upcomingOffers(from, to, mayRecommend, profile.needsLift()).stream()
                .map(offered -> candidate(offered.offer(), offered.seatsTaken(), offered.waiting())).toList();
        MatchResult result = matcher.match(profile, new Schedule(candidates, levels));
        return new RecommendedClasses(null, result.recommendations(), slots);
    }

    /**
     * Whether the matcher lets this participant book this session, judged with the places taken
     * and waiting that the caller counted. Booking passes none: it decides the places itself,
     * under the session lock, after this judgement.
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public Verdict judge(long participantId, SessionOffer offer, int seatsTaken, int waiting) {
        // The instructors the participant knows only rank classes; a verdict does not need them.
        Profile profile = profile(records.currentScreening(participantId), false);
        if (!profile.mayBook()) {
            return new Verdict(profile.blockedBecause(), List.of());
        }
        MatchResult result = matcher().match(profile,
                List.of(candidate(offer, seatsTaken, waiting)));
        return new Verdict(null, result.rejections().isEmpty() ? List.of() : result.rejections().get(0).reasons());
    }

    private static Candidate candidate(SessionOffer offer, int taken, int waiting) {
        LevelRules level = new LevelRules(offer.levelNumber(), offer.levelName(), offer.levelPainMin(),
                offer.levelPainMax(), offer.levelMinTemperature());
        return new Candidate(offer.sessionId(), offer.date(), offer.start(), level, offer.bias(), offer.poolName(),
                offer.poolTemperature(), offer.poolHasLift(), offer.instructorId(), offer.instructorName(),
                offer.capacity() - taken, waiting);
    }

    private Profile profile(CurrentScreening record, boolean ranking) {
        if (record.latest().isEmpty()) {
            return blocked("Fill in the questions about your pain first; then we can suggest classes.");
        }
        Intake intake = record.latest().get();
        ScreeningOutcome outcome = record.outcome().orElseThrow();
        if (!record.mayBook()) {
            return blocked(record.redFlag()
                    ? "Booking is closed: please contact a doctor or emergency services first."
                    : "Booking opens when the front desk has your doctor's note that pool exercise is safe for you.");
        }
        KnownInstructors known = ranking ? knownInstructors.getIfAvailable() : null;
        Set<Long> taughtBy = known == null ? Set.of() : known.of(record.participant().getId());
        // The level staff accepted through a progression (null until then) caps the levels offered;
        // once set aside (high pain or a red flag since), the gentle levels apply instead.
        return new Profile(null, intake.getPainNow(), intake.getPainWeeks(), outcome.chronic(), outcome.highPain(),
                intake.getCondition(), Boolean.TRUE.equals(intake.getNeedsLift()),
                Boolean.TRUE.equals(intake.getDeepWaterOk()), intake.getPreferredDays(), intake.getPreferredTimes(),
                record.participant().getCurrentLevel(), taughtBy,
                record.participant().getLevelSetAside().map(aside -> aside.words(zone)).orElse(null));
    }

    private static Profile blocked(String reason) {
        return new Profile(reason, 0, null, false, false, null, false, false, Set.of(), Set.of(), null, Set.of());
    }
}
