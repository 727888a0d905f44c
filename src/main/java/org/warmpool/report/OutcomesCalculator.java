package org.warmpool.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warmpool.outcome.ImportantChange;
import org.warmpool.outcome.Questionnaire;
import org.warmpool.participant.Condition;

/**
 * The outcomes report's figures from plain rows, with no database and no framework.
 *
 * <p>Who counts: a participant belongs to a level's group when they have at least one class of that
 * level in the report's period (classes held, not cancelled, matching the filter) at which they
 * attended and both pain before and pain after were recorded; to a condition's group when they
 * belong to any level's group and the latest intake they sent names that condition ("Not
 * recorded" without one).
 * <ul>
 * <li>Average pain before and after: over every such class of the group's participants in the
 *     period (a level's group: classes of that level only), to one decimal.</li>
 * <li>Pain improved over the first 6 classes: of the group's participants whose first 6 attended
 *     classes ever (at any level, in or before the period) all exist and have pain before recorded
 *     at the 1st and the 6th, those whose pain before the 6th is at least
 *     {@value #MEANINGFUL_PAIN_CHANGE} points lower than before the 1st (DOMAIN.md's meaningful
 *     change). Pain before a class is the participant's pain that day, not the water's immediate
 *     relief.</li>
 * <li>Level moves: accepted suggestions to move up or down decided in the period, for a level's
 *     group those from that level.</li>
 * <li>Questionnaire after 6 (12) classes: of the group's participants whose first questionnaire
 *     answer came before their first attended class and who answered the same questionnaire again
 *     after their 6th (12th) attended class began (for 6: before their 12th began), those whose
 *     score fell by at least the clinic's important change ({@link ImportantChange}).</li>
 * </ul>
 * A group of fewer than {@value #MIN_GROUP} participants shows {@value #FEWER_THAN_5} instead of
 * its figures, and so does a share counted over fewer than {@value #MIN_GROUP}. When exactly one
 * group of a kind (levels, or conditions) is that small, the smallest shown group of the same kind
 * is withheld too: otherwise the small group's count could be worked out by subtracting the others
 * from the total the other kind adds up to.
 */
public final class OutcomesCalculator {

    public static final int MIN_GROUP = 5;
    public static final int FIRST_CLASSES = 6;
    public static final int LATER_CLASSES = 12;
    public static final int MEANINGFUL_PAIN_CHANGE = 2;
    public static final String FEWER_THAN_5 = "fewer than 5";
    public static final String WITHHELD_TEXT = "withheld (protects a group of fewer than 5)";
    public static final String NOT_RECORDED = "Not recorded";

    /** Pain before and after one attended class in the period. */
    public record PainPair(long participantId, int levelNumber, String levelName, int before, int after) {
    }

    /** One attended class of a participant, at any time, oldest first. */
    public record AttendedClass(Instant startsAt, Integer painBefore) {
    }

    /**
     * What the figures need of a participant's attended classes ever (oldest first): how many, the
     * start and pain before of the 1st and the 6th, the start of the 12th (null where there is none).
     */
    public record EarlyClasses(int attended, Instant first, Integer firstPainBefore, Instant sixth,
            Integer sixthPainBefore, Instant twelfth) {

        /** No attended class. */
        public static final EarlyClasses NONE = new EarlyClasses(0, null, null, null, null, null);

        /** From every attended class (or the first 12), oldest first. */
        public static EarlyClasses of(List<AttendedClass> oldestFirst) {
            int n = oldestFirst.size();
            return n == 0 ? NONE : new EarlyClasses(n, oldestFirst.get(0).startsAt(),
                    oldestFirst.get(0).painBefore(), n >= FIRST_CLASSES ? oldestFirst.get(FIRST_CLASSES - 1).startsAt() : null,
                    n >= FIRST_CLASSES ? oldestFirst.get(FIRST_CLASSES - 1).painBefore() : null,
                    n >= LATER_CLASSES ? oldestFirst.get(LATER_CLASSES - 1).startsAt() : null);
        }

        /** The start of the {@code nth} class: 1, {@value #FIRST_CLASSES} or {@value #LATER_CLASSES}. */
        Instant start(int nth) {
            return switch (nth) {
                case 1 -> first;
                case FIRST_CLASSES -> sixth;
                case LATER_CLASSES -> twelfth;
                default -> throw new IllegalArgumentException("Class " + nth + " is not kept");
            };
        }
    }

    /** An accepted move up or down, decided in the period. */
    public record LevelMove(long participantId, int fromLevel, boolean up) {
    }

    /** One questionnaire answer of a participant, oldest first. */
    public record Answer(Questionnaire kind, Instant answeredAt, BigDecimal score) {
    }

    /**
     * Everything the figures come from.
     *
     * @param conditions the condition of each participant's latest sent intake (absent: not recorded)
     * @param attended   what the figures need of each participant's attended classes ever (absent: none)
     * @param answers    each participant's questionnaire answers, oldest first
     * @param thresholds the important change on each questionnaire
     */
    public record Input(List<PainPair> pairs, Map<Long, Condition> conditions, Map<Long, EarlyClasses> attended,
            List<LevelMove> moves, Map<Long, List<Answer>> answers, Map<Questionnaire, BigDecimal> thresholds) {
    }

    private OutcomesCalculator() {
    }

    /**
     * One group's figures before protection: the sums the averages come from and the shares. The
     * report has them added up by the database ({@link OutcomesReportService}); {@link #calculate}
     * counts them from plain rows.
     *
     * @param classes   the group's classes with both pains (the averages' divisor)
     * @param sumBefore pain before class added up over those classes
     * @param sumAfter  pain after class added up over those classes
     */
    public record Totals(String name, int participants, int classes, long sumBefore, long sumAfter,
            Share painImproved, int movesUp, int movesDown, Share after6, Share after12) {
    }

    /**
     * The groups from their totals, protected: the levels (by number) first, then the conditions
     * (in the intake's order, "Not recorded" last), as given.
     */
    public static List<OutcomeGroup> groups(List<Totals> levels, List<Totals> conditions) {
        List<OutcomeGroup> all = new ArrayList<>(protect(levels.stream()
                .map(t -> group(OutcomeGroup.Dimension.LEVEL, t)).toList()));
        all.addAll(protect(conditions.stream().map(t -> group(OutcomeGroup.Dimension.CONDITION, t)).toList()));
        return all;
    }

    /** A level group's name: "Level 2 Stretch & Strengthen". */
    public static String levelName(int number, String name) {
        return "Level " + number + " " + name;
    }

    /** A condition group's name; null: {@value #NOT_RECORDED}. */
    public static String conditionName(Condition condition) {
        return condition == null ? NOT_RECORDED : condition.label();
    }

    private static OutcomeGroup group(OutcomeGroup.Dimension dimension, Totals t) {
        return new OutcomeGroup(dimension, t.name(), OutcomeGroup.Visibility.SHOWN, t.participants(),
                average(t.sumBefore(), t.classes()), average(t.sumAfter(), t.classes()), t.painImproved(),
                t.movesUp(), t.movesDown(), t.after6(), t.after12());
    }

    /** The groups: levels by number, then conditions in the intake's order, "Not recorded" last. */
    public static List<OutcomeGroup> calculate(Input input) {
        Map<Integer, String> levelNames = new TreeMap<>();
        Map<Integer, List<PainPair>> byLevel = new TreeMap<>();
        Map<Long, List<PainPair>> byParticipant = new LinkedHashMap<>();
        for (PainPair pair : input.pairs()) {
            levelNames.putIfAbsent(pair.levelNumber(), pair.levelName());
            byLevel.computeIfAbsent(pair.levelNumber(), n -> new ArrayList<>()).add(pair);
            byParticipant.computeIfAbsent(pair.participantId(), p -> new ArrayList<>()).add(pair);
        }
        List<Totals> levels = new ArrayList<>();
        for (Map.Entry<Integer, List<PainPair>> level : byLevel.entrySet()) {
            int number = level.getKey();
            Set<Long> who = participants(level.getValue());
            levels.add(totals(levelName(number, levelNames.get(number)), who, level.getValue(), input,
                    move -> move.fromLevel() == number));
        }
        Map<Condition, List<PainPair>> byCondition = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Map.Entry<Long, List<PainPair>> participant : byParticipant.entrySet()) {
            byCondition.computeIfAbsent(input.conditions().get(participant.getKey()), c -> new ArrayList<>())
                    .addAll(participant.getValue());
        }
        List<Totals> conditions = new ArrayList<>();
        for (Map.Entry<Condition, List<PainPair>> condition : byCondition.entrySet()) {
            conditions.add(totals(conditionName(condition.getKey()), participants(condition.getValue()),
                    condition.getValue(), input, move -> true));
        }
        return groups(levels, conditions);
    }

    /** Hides groups of fewer than 5, and the smallest other one when exactly one is that small. */
    static List<OutcomeGroup> protect(List<OutcomeGroup> groups) {
        List<OutcomeGroup> result = new ArrayList<>(groups);
        long small = groups.stream().filter(g -> g.participants() < MIN_GROUP).count();
        if (small == 1) {
            groups.stream().filter(g -> g.participants() >= MIN_GROUP)
                    .min(Comparator.comparingInt(OutcomeGroup::participants))
                    .ifPresent(g -> result.set(groups.indexOf(g), g.hidden(OutcomeGroup.Visibility.WITHHELD)));
        }
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).participants() < MIN_GROUP && result.get(i).shown()) {
                result.set(i, result.get(i).hidden(OutcomeGroup.Visibility.FEWER_THAN_5));
            }
        }
        return result;
    }

    private static Totals totals(String name, Set<Long> who, List<PainPair> pairs, Input input,
            java.util.function.Predicate<LevelMove> counts) {
        int improvedBase = 0;
        int improved = 0;
        int[] after6 = new int[2];
        int[] after12 = new int[2];
        for (long participant : who) {
            EarlyClasses attended = input.attended().getOrDefault(participant, EarlyClasses.NONE);
            if (attended.attended() >= FIRST_CLASSES && attended.firstPainBefore() != null
                    && attended.sixthPainBefore() != null) {
                improvedBase++;
                if (attended.firstPainBefore() - attended.sixthPainBefore() >= MEANINGFUL_PAIN_CHANGE) {
                    improved++;
                }
            }
            List<Answer> answers = input.answers().getOrDefault(participant, List.of());
            questionnaire(attended, answers, FIRST_CLASSES, LATER_CLASSES, input.thresholds(), after6);
            questionnaire(attended, answers, LATER_CLASSES, Integer.MAX_VALUE, input.thresholds(), after12);
        }
        int up = 0;
        int down = 0;
        for (LevelMove move : input.moves()) {
            if (who.contains(move.participantId()) && counts.test(move)) {
                if (move.up()) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        return new Totals(name, who.size(), pairs.size(), pairs.stream().mapToLong(PainPair::before).sum(),
                pairs.stream().mapToLong(PainPair::after).sum(), new Share(improved, improvedBase), up, down,
                new Share(after6[0], after6[1]), new Share(after12[0], after12[1]));
    }

    /**
     * Adds one participant to a questionnaire share ({@code tally[0]} improved, {@code tally[1]}
     * counted): the answer before their first class against the first answer of the same
     * questionnaire once their {@code classes}th class began (and before their {@code until}th).
     */
    private static void questionnaire(EarlyClasses attended, List<Answer> answers, int classes, int until,
            Map<Questionnaire, BigDecimal> thresholds, int[] tally) {
        if (attended.attended() < classes || answers.isEmpty()
                || !answers.get(0).answeredAt().isBefore(attended.first())) {
            return;
        }
        Answer start = answers.get(0);
        Instant from = attended.start(classes);
        Instant before = attended.attended() >= until ? attended.start(until) : Instant.MAX;
        answers.stream().filter(a -> a.kind() == start.kind() && !a.answeredAt().isBefore(from)
                && a.answeredAt().isBefore(before)).findFirst().ifPresent(later -> {
                    tally[1]++;
                    if (ImportantChange.between(start.score(), later.score(), thresholds.get(start.kind()))
                            == ImportantChange.IMPROVED) {
                        tally[0]++;
                    }
                });
    }

    private static Set<Long> participants(List<PainPair> pairs) {
        Set<Long> who = new LinkedHashSet<>();
        pairs.forEach(pair -> who.add(pair.participantId()));
        return who;
    }

    private static BigDecimal average(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
