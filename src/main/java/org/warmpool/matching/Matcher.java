package org.warmpool.matching;

import java.time.DayOfWeek;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/**
 * Decides which sessions a participant may book and ranks them (plain Java, no framework).
 *
 * <p>Hard rules: the participant may book at all; the level suits their pain (high or chronic
 * pain: the gentle levels only; a level set by staff caps it, unless high pain or a red flag since
 * set it aside, which gives the gentle levels only); the pool is warm enough for the
 * level; it has a lift or ramp if they need one; deep-water levels only for those comfortable in
 * deep water; a seat, or a place on a waitlist that is not full. Each rule is written once, in
 * {@code brokenLevelRules} and {@code brokenSessionRules}; the reasons in words follow from their
 * answer.
 *
 * <p>Ranking, in the domain rules' order, each criterion deciding only between sessions equal on
 * all the ones before it: the level closest to their need, a bias that suits their condition,
 * warmer water (for pain of {@value #WARM_WATER_PAIN} or more), their preferred days and times,
 * an instructor who taught them, seats left (up to {@value #SEATS_THAT_COUNT}; a waitlist place
 * last); on a tie, date, time and session id, so that the order is stable.
 */
public final class Matcher {

    /** From this pain on (moderate and severe on the NRS) warmer water ranks higher. */
    static final int WARM_WATER_PAIN = 4;
    /** More seats than this rank the same: the participant gets a place either way. */
    static final int SEATS_THAT_COUNT = 5;

    // The hard rules a session breaks, one bit each (no lists while thousands of sessions are checked).
    private static final int ABOVE_CURRENT_LEVEL = 1;
    private static final int GENTLE_LEVELS_ONLY = 1 << 1;
    private static final int PAIN_OUT_OF_RANGE = 1 << 2;
    private static final int TOO_COLD = 1 << 3;
    private static final int NO_LIFT = 1 << 4;
    private static final int NEEDS_DEEP_WATER = 1 << 5;
    private static final int WAITLIST_FULL = 1 << 6;
    private static final int LEVEL_SET_ASIDE = 1 << 7;

    private final MatchSettings settings;

    public Matcher(MatchSettings settings) {
        this.settings = settings;
    }

    public MatchResult match(Profile profile, List<Candidate> candidates) {
        return match(profile, new Schedule(candidates));
    }

    /**
     * Whether this level lets the participant be recommended a session of it at all (the rules
     * about the level alone: pain range, gentle levels, the accepted level or its setting aside,
     * deep water). A session of a level that does not is never recommended, whatever its pool or
     * seats: the classes read for the recommendations can leave it out.
     */
    public boolean mayRecommendLevel(Profile profile, LevelRules level) {
        return profile.mayBook() && brokenLevelRules(profile, level) == 0;
    }

    /**
     * Matches against a schedule prepared once, for many participants. The pass over the sessions
     * allocates nothing per session: the rules broken and the scores go into arrays, and the
     * recommendations and rejections are made when a caller reads them (most read a few).
     */
    public MatchResult match(Profile profile, Schedule schedule) {
        if (!profile.mayBook()) {
            return new MatchResult(profile.blockedBecause(), List.of(), List.of());
        }
        int need = neededLevel(profile, schedule.levels);
        int[] brokenByLevel = new int[schedule.levels.size()];
        for (int l = 0; l < brokenByLevel.length; l++) {
            brokenByLevel[l] = brokenLevelRules(profile, schedule.levels.get(l));
        }
        Ranking ranking = new Ranking(profile);
        int n = schedule.sessions.length;
        int[] broken = new int[n];
        // The recommended sessions' schedule indexes (ascending) and scores, side by side.
        int[] recommendedIndex = new int[n];
        int[] scores = new int[n];
        int highest = Integer.MIN_VALUE;
        int lowest = Integer.MAX_VALUE;
        int recommended = 0;
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            broken[i] = brokenByLevel[schedule.levelIndex[i]] | brokenSessionRules(profile, schedule.sessions[i],
                    schedule.tooCold[i]);
            if (broken[i] == 0) {
                int score = score(profile, schedule, i, need, ranking);
                highest = Math.max(highest, score);
                lowest = Math.min(lowest, score);
                recommendedIndex[recommended] = i;
                scores[recommended++] = score;
            } else {
                rejected++;
            }
        }
        int[] ranked = recommended == 0 ? new int[0] : rank(scores, recommended, lowest, highest);
        int[] rejectedIndex = new int[rejected];
        for (int i = 0, r = 0; i < n; i++) {
            if (broken[i] != 0) {
                rejectedIndex[r++] = i;
            }
        }
        int count = recommended;
        List<Recommendation> recommendations = new Lazy<>(count,
                k -> recommend(profile, schedule, recommendedIndex[ranked[k]], scores[ranked[k]]));
        List<Rejection> rejections = new Lazy<>(rejected, k -> {
            int i = rejectedIndex[k];
            Candidate candidate = schedule.sessions[i];
            int rules = broken[i];
            return new Rejection(candidate, () -> reasons(rules, profile, candidate));
        });
        return new MatchResult(null, recommendations, rejections);
    }

    /**
     * The positions of the first {@code count} scores, higher score first and, among equal scores,
     * in the order they were given (the schedule's date, time and id). A counting sort: scores lie
     * in a small range (one digit per criterion), so this is linear, where sorting them was a third
     * of a match for a participant with thousands of recommendations.
     */
    private static int[] rank(int[] scores, int count, int lowest, int highest) {
        // start[b]: where the scores of bucket b (highest - score) begin in the ranking.
        int[] start = new int[highest - lowest + 2];
        for (int k = 0; k < count; k++) {
            start[highest - scores[k] + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] ranked = new int[count];
        for (int k = 0; k < count; k++) {
            ranked[start[highest - scores[k]]++] = k;
        }
        return ranked;
    }

    /** A read-only list whose elements are made when first read, then kept. */
    private static final class Lazy<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] made;
        private final IntFunction<T> make;

        Lazy(int size, IntFunction<T> make) {
            this.made = new Object[size];
            this.make = make;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            Objects.checkIndex(index, made.length);
            if (made[index] == null) {
                made[index] = make.apply(index);
            }
            return (T) made[index];
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    /** What the ranking asks of a participant, worked out once per match. */
    private static final class Ranking {
        final boolean[] dayPreferred = new boolean[7];
        final boolean[] timePreferred = new boolean[TimeOfDay.values().length];
        final int[] fitPoints = new int[ExerciseBias.values().length];
        final long[] knownInstructors;

        Ranking(Profile profile) {
            knownInstructors = profile.knownInstructorIds().stream().mapToLong(Long::longValue).toArray();
            for (DayOfWeek day : profile.preferredDays()) {
                dayPreferred[day.ordinal()] = true;
            }
            for (TimeOfDay time : profile.preferredTimes()) {
                timePreferred[time.ordinal()] = true;
            }
            for (ExerciseBias bias : ExerciseBias.values()) {
                fitPoints[bias.ordinal()] = switch (BiasGuide.fit(profile.condition(), bias)) {
                    case BEST -> 2;
                    case GOOD -> 1;
                    case POOR -> 0;
                };
            }
        }

        boolean knows(long instructorId) {
            for (long known : knownInstructors) {
                if (known == instructorId) {
                    return true;
                }
            }
            return false;
        }
    }

    /*
     * The hard rules, in two parts: those about the level alone (worked out once per level for a
     * participant) and those about the session. A session breaks the rules whose bits are set.
     */
    private int brokenLevelRules(Profile profile, LevelRules level) {
        int broken = levelRule(profile, level);
        if (settings.deepWaterLevels().contains(level.number()) && !profile.deepWaterOk()) {
            broken |= NEEDS_DEEP_WATER;
        }
        return broken;
    }

    private int brokenSessionRules(Profile profile, Candidate candidate, boolean tooCold) {
        int broken = tooCold ? TOO_COLD : 0;
        if (profile.needsLift() && !candidate.poolHasLift()) {
            broken |= NO_LIFT;
        }
        if (candidate.seatsLeft() <= 0 && candidate.waitlistLength() >= settings.maxWaitlist()) {
            broken |= WAITLIST_FULL;
        }
        return broken;
    }

    /** Whether the level suits the participant's pain, or the level staff set: 0, or the part it breaks. */
    private int levelRule(Profile profile, LevelRules level) {
        if (profile.levelSetAside() != null) {
            return settings.gentleLevels().contains(level.number()) ? 0 : LEVEL_SET_ASIDE;
        }
        if (profile.currentLevel() != null) {
            return level.number() > profile.currentLevel() ? ABOVE_CURRENT_LEVEL : 0;
        }
        if ((profile.highPain() || profile.chronic()) && !settings.gentleLevels().contains(level.number())) {
            return GENTLE_LEVELS_ONLY;
        }
        return painFits(profile, level) ? 0 : PAIN_OUT_OF_RANGE;
    }

    private static List<Reason> reasons(int broken, Profile profile, Candidate candidate) {
        List<Reason> reasons = new ArrayList<>();
        LevelRules level = candidate.level();
        if ((broken & LEVEL_SET_ASIDE) != 0) {
            reasons.add(new Reason.LevelSetAside(level, profile.levelSetAside(), false));
        }
        if ((broken & ABOVE_CURRENT_LEVEL) != 0) {
            reasons.add(new Reason.AboveCurrentLevel(level, profile.currentLevel()));
        }
        if ((broken & GENTLE_LEVELS_ONLY) != 0) {
            reasons.add(new Reason.GentleLevelsOnly(level, profile.pain(), profile.chronic(), profile.highPain()));
        }
        if ((broken & PAIN_OUT_OF_RANGE) != 0) {
            reasons.add(new Reason.PainOutOfRange(level, profile.pain()));
        }
        if ((broken & TOO_COLD) != 0) {
            reasons.add(new Reason.PoolTooCold(candidate.poolName(), candidate.poolTemperature(), level));
        }
        if ((broken & NO_LIFT) != 0) {
            reasons.add(new Reason.NoLift(candidate.poolName()));
        }
        if ((broken & NEEDS_DEEP_WATER) != 0) {
            reasons.add(new Reason.NeedsDeepWater(level));
        }
        if ((broken & WAITLIST_FULL) != 0) {
            reasons.add(new Reason.WaitlistFull(candidate.waitlistLength()));
        }
        return reasons;
    }

    private boolean painFits(Profile profile, LevelRules level) {
        return level.painInRange(profile.pain()) || (profile.chronic() && level.number() == settings.chronicLevel());
    }

    /**
     * The level that suits the participant best: the one staff set; else, among the levels their
     * pain allows, the one whose pain range is centred nearest their pain (the gentler on a tie).
     */
    int neededLevel(Profile profile, List<LevelRules> levels) {
        if (profile.levelSetAside() == null && profile.currentLevel() != null) {
            return profile.currentLevel();
        }
        return levels.stream()
                .filter(level -> levelRule(profile, level) == 0)
                .min(Comparator.comparingDouble((LevelRules level) -> distanceFromCentre(profile, level))
                        .thenComparingInt(LevelRules::number))
                .map(LevelRules::number)
                .orElse(0);
    }

    private double distanceFromCentre(Profile profile, LevelRules level) {
        if (profile.chronic() && level.number() == settings.chronicLevel() && !level.painInRange(profile.pain())) {
            return 0.5; // level 1 is made for chronic pain, whatever its number
        }
        return Math.abs(profile.pain() - (level.painMin() + level.painMax()) / 2.0);
    }

    /**
     * One digit per criterion, most important first; every digit below the first stays inside its
     * base, so a criterion counts only between sessions equal on all the ones before it.
     */
    private static int score(Profile profile, Schedule schedule, int i, int need, Ranking ranking) {
        int score = -Math.abs(schedule.levelNumber[i] - need);
        score = score * 3 + ranking.fitPoints[schedule.biasOrdinal[i]];
        score = score * (Schedule.MAX_WARMTH_STEPS + 1)
                + (profile.pain() >= WARM_WATER_PAIN ? schedule.warmthSteps[i] : 0);
        score = score * 3 + (ranking.dayPreferred[schedule.dayOrdinal[i]] ? 1 : 0)
                + (ranking.timePreferred[schedule.timeOrdinal[i]] ? 1 : 0);
        score = score * 2 + (ranking.knows(schedule.instructorId[i]) ? 1 : 0);
        return score * (SEATS_THAT_COUNT + 1) + Math.max(0, Math.min(schedule.seatsLeft[i], SEATS_THAT_COUNT));
    }

    /** The recommendation; its reasons in words are worked out only when a screen reads them. */
    private Recommendation recommend(Profile profile, Schedule schedule, int i, int score) {
        Candidate candidate = schedule.sessions[i];
        var time = schedule.timeOfDay[i];
        var day = schedule.weekday[i];
        return new Recommendation(candidate, score, () -> {
            Reason.BiasFit.Fit fit = BiasGuide.fit(profile.condition(), candidate.bias());
            boolean dayPreferred = profile.preferredDays().contains(day);
            boolean timePreferred = profile.preferredTimes().contains(time);
            boolean knownInstructor = candidate.instructorId() != null
                    && profile.knownInstructorIds().contains(candidate.instructorId());
            List<Reason> reasons = new ArrayList<>();
            reasons.add(profile.levelSetAside() != null
                    ? new Reason.LevelSetAside(candidate.level(), profile.levelSetAside(), true)
                    : new Reason.LevelFits(candidate.level(), profile.pain(), profile.painWeeks(),
                            profile.chronic(), profile.highPain(), profile.currentLevel()));
            reasons.add(new Reason.BiasFit(candidate.bias(), profile.condition(), fit));
            reasons.add(new Reason.WarmWater(candidate.poolName(), candidate.poolTemperature()));
            if (dayPreferred || timePreferred) {
                reasons.add(new Reason.PreferredTime(day, time, dayPreferred, timePreferred));
            }
            if (knownInstructor) {
                reasons.add(new Reason.KnownInstructor(candidate.instructorName()));
            }
            reasons.add(candidate.seatsLeft() > 0 ? new Reason.Seats(candidate.seatsLeft(), 0)
                    : new Reason.Seats(0, candidate.waitlistLength() + 1));
            return reasons;
        });
    }
}
