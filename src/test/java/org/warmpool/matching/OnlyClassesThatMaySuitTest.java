package org.warmpool.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The recommended classes page reads only the classes that may suit a participant: those of a
 * level the participant may be recommended ({@link Matcher#mayRecommendLevel}), in a pool warm
 * enough for the level and, when they need one, with a lift (the query's conditions, written
 * again here). Matched with every level on offer, those give the very recommendations the whole
 * list gives: the same classes, in the same order, with the same scores and reasons. Generated
 * participants (pain bands, chronic and high pain, accepted levels and levels set aside, lift,
 * deep water) and schedules (levels, pool temperatures, pools without lift, full classes and
 * waitlists, full waitlists).
 */
class OnlyClassesThatMaySuitTest {

    private final MatcherPropertiesTest generators = new MatcherPropertiesTest();
    private final Matcher matcher = new Matcher(MatchSettings.DEFAULTS);

    @Property
    void theClassesThatMaySuitGiveTheSameRecommendationsAsEveryClass(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        MatchResult everyClass = matcher.match(profile, schedule);

        List<Candidate> read = schedule.stream()
                .filter(c -> matcher.mayRecommendLevel(profile, c.level()))
                .filter(c -> c.poolTemperature().compareTo(c.level().minWaterTemperature()) >= 0)
                .filter(c -> c.poolHasLift() || !profile.needsLift())
                .toList();
        List<LevelRules> levelsOnOffer = schedule.stream().map(Candidate::level).distinct().toList();
        MatchResult fromRead = matcher.match(profile, new Schedule(read, levelsOnOffer));

        assertThat(seen(fromRead)).isEqualTo(seen(everyClass));
    }

    @Property
    void noClassOfALevelThatMayNotBeRecommendedIsRecommended(@ForAll("profiles") Profile profile,
            @ForAll("schedules") List<Candidate> schedule) {
        assertThat(matcher.match(profile, schedule).recommendations())
                .allSatisfy(r -> assertThat(matcher.mayRecommendLevel(profile, r.session().level())).isTrue());
    }

    /** What the participant sees of each recommendation, in order: the class, its rank's score, its reasons. */
    private static List<String> seen(MatchResult result) {
        return result.recommendations().stream()
                .map(r -> r.session().sessionId() + " " + r.score() + " " + ReasonWords.because(r)).toList();
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return generators.profiles();
    }

    @Provide
    Arbitrary<List<Candidate>> schedules() {
        return generators.schedules();
    }
}
