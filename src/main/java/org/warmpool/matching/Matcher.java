package org.warmpool.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which sessions a participant may book and ranks them (plain Java, no framework).
 *
 * <p>Hard rules: the participant may book at all; the level suits their pain (high or chronic
 * pain: the gentle levels only; a level set by staff caps it); the pool is warm enough for the
 * level; it has a lift or ramp if they need one; deep-water levels only for those comfortable in
 * deep water; a seat, or a place on a waitlist that is not full.
 *
 * <p>Ranking: the level closest to their need, a bias that suits their condition, warmer water
 * for more pain, their preferred days and times, an instructor who taught them, seats left; on a
 * tie, date, time and session id, so that the order is stable.
 */
public final class Matcher {

    private static final int LEVEL_DISTANCE_WEIGHT = 100;

    private final MatchSettings settings;

    public Matcher(MatchSettings settings) {
        this.settings = settings;
    }

    public MatchResult match(Profile profile, List<Candidate> candidates) {
        return match(profile, new Schedule(candidates));
    }

    /** Matches against a schedule prepared once, for many participants. */
    public MatchResult match(Profile profile, Schedule schedule) {
        if (!profile.mayBook()) {
            return new MatchResult(profile.blockedBecause(), List.of(), List.of());
        }
        int need = neededLevel(profile, schedule.levels);
        List<Recommendation> recommendations = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < schedule.sessions.length; i++) {
            Candidate candidate = schedule.sessions[i];
            if (allowed(profile, candidate, schedule.tooCold[i])) {
                recommendations.add(recommend(profile, schedule, i, need));
            } else {
                rejections.add(new Rejection(candidate, () -> brokenRules(profile, candidate)));
            }
        }
        // Stable sort: equal scores keep the schedule's date, time and id order.
        recommendations.sort(Comparator.comparingInt(Recommendation::score).reversed());
        return new MatchResult(null, recommendations, rejections);
    }

    private boolean allowed(Profile profile, Candidate candidate, boolean tooCold) {
        return !tooCold && levelAllowed(profile, candidate.level())
                && !(profile.needsLift() && !candidate.poolHasLift())
                && !(settings.deepWaterLevels().contains(candidate.level().number()) && !profile.deepWaterOk())
                && !(candidate.seatsLeft() <= 0 && candidate.waitlistLength() >= settings.maxWaitlist());
    }

    private boolean levelAllowed(Profile profile, LevelRules level) {
        if (profile.levelSetAside() != null) {
            return settings.gentleLevels().contains(level.number());
        }
        if (profile.currentLevel() != null) {
            return level.number() <= profile.currentLevel();
        }
        if ((profile.highPain() || profile.chronic()) && !settings.gentleLevels().contains(level.number())) {
            return false;
        }
        return painFits(profile, level);
    }

    List<Reason> brokenRules(Profile profile, Candidate candidate) {
        List<Reason> broken = new ArrayList<>();
        LevelRules level = candidate.level();
        if (profile.levelSetAside() != null) {
            if (!settings.gentleLevels().contains(level.number())) {
                broken.add(new Reason.LevelSetAside(level, profile.levelSetAside(), false));
            }
        } else if (profile.currentLevel() != null) {
            if (level.number() > profile.currentLevel()) {
                broken.add(new Reason.AboveCurrentLevel(level, profile.currentLevel()));
            }
        } else if ((profile.highPain() || profile.chronic()) && !settings.gentleLevels().contains(level.number())) {
            broken.add(new Reason.GentleLevelsOnly(level, profile.pain(), profile.chronic(), profile.highPain()));
        } else if (!painFits(profile, level)) {
            broken.add(new Reason.PainOutOfRange(level, profile.pain()));
        }
        if (candidate.poolTemperature().compareTo(level.minWaterTemperature()) < 0) {
            broken.add(new Reason.PoolTooCold(candidate.poolName(), candidate.poolTemperature(), level));
        }
        if (profile.needsLift() && !candidate.poolHasLift()) {
            broken.add(new Reason.NoLift(candidate.poolName()));
        }
        if (settings.deepWaterLevels().contains(level.number()) && !profile.deepWaterOk()) {
            broken.add(new Reason.NeedsDeepWater(level));
        }
        if (candidate.seatsLeft() <= 0 && candidate.waitlistLength() >= settings.maxWaitlist()) {
            broken.add(new Reason.WaitlistFull(candidate.waitlistLength()));
        }
        return broken;
    }

    private boolean painFits(Profile profile, LevelRules level) {
        return level.painInRange(profile.pain()) || (profile.chronic() && level.number() == settings.chronicLevel());
    }

    /**
     * The level that suits the participant best: the one staff set; else, among the levels their
     * pain allows, the one whose pain range is centred nearest their pain (the gentler on a tie).
     */
    int neededLevel(Profile profile, List<LevelRules> levels) {
        if (profile.levelSetAside() != null) {
            // Any gentle level is offered; the one centred nearest the pain ranks first.
            return levels.stream().filter(level -> settings.gentleLevels().contains(level.number()))
                    .min(Comparator.comparingDouble((LevelRules level) -> distanceFromCentre(profile, level))
                            .thenComparingInt(LevelRules::number))
                    .map(LevelRules::number).orElse(0);
        }
        if (profile.currentLevel() != null) {
            return profile.currentLevel();
        }
        return levels.stream()
                .filter(level -> !(profile.highPain() || profile.chronic())
                        || settings.gentleLevels().contains(level.number()))
                .filter(level -> painFits(profile, level))
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

    private Recommendation recommend(Profile profile, Schedule schedule, int i, int need) {
        Candidate candidate = schedule.sessions[i];
        Reason.BiasFit.Fit fit = BiasGuide.fit(profile.condition(), candidate.bias());
        boolean dayPreferred = profile.preferredDays().contains(schedule.weekday[i]);
        boolean timePreferred = profile.preferredTimes().contains(schedule.timeOfDay[i]);
        boolean knownInstructor = candidate.instructorId() != null
                && profile.knownInstructorIds().contains(candidate.instructorId());

        int score = -LEVEL_DISTANCE_WEIGHT * Math.abs(candidate.level().number() - need);
        score += switch (fit) {
            case BEST -> 30;
            case GOOD -> 20;
            case POOR -> -40;
        };
        score += Math.min(40, (int) Math.round(schedule.warmth[i] * profile.pain() * 2));
        score += (dayPreferred ? 15 : 0) + (timePreferred ? 15 : 0) + (knownInstructor ? 10 : 0);
        score += candidate.seatsLeft() > 0 ? 2 * Math.min(candidate.seatsLeft(), 5) : -25;

        var time = schedule.timeOfDay[i];
        var day = schedule.weekday[i];
        return new Recommendation(candidate, score, () -> {
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
