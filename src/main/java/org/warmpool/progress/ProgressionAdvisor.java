package org.warmpool.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.warmpool.base.ClinicFormats;

/**
 * Suggests moving a participant up or down a level from their pain before and after each
 * attended class (DOMAIN.md "Progression"). Plain Java: no Spring, Vaadin or JPA.
 *
 * <ul>
 * <li><b>Down</b> (or a rest day at level 0), checked first: the last {@code downAfterFlares}
 * classes attended (leaving out one still going on) were all flare-ups (pain after minus pain before of
 * {@code flareRise} or more), or the latest pain before class was {@code downPainBeforeFrom} or
 * more.</li>
 * <li><b>Up</b>: at least {@code upAfterSessions} attended classes at the level, the last
 * {@code upPainAfterCount} pain-after values at the level all in the next level's pain range,
 * and no flare-up in the last {@code upNoFlareInLast} classes at the level; and the latest
 * class's pain after is recorded (a class still going on could end in a flare-up).</li>
 * </ul>
 * The level is the one staff accepted, or, until then, the level of the latest class attended. The
 * caller passes only the classes since the level was last set, so that advice already acted on is
 * not given again.
 */
public final class ProgressionAdvisor {


    /** One attended class, oldest first in a history; a value not recorded (yet) is null. */
    public record SessionPain(LocalDate date, int level, Integer before, Integer after) {

        public boolean complete() {
            return before != null && after != null;
        }

        /** Pain after minus pain before, or null when either is missing. */
        public Integer change() {
            return complete() ? after - before : null;
        }

        public boolean flare(int rise) {
            return complete() && after - before >= rise;
        }
    }

    /** A class level's number, name and pain range (from the levels the administrator edits). */
    public record LevelRange(int number, String name, int painMin, int painMax) {

        public String title() {
            return "Level " + number + " " + name;
        }

        boolean contains(int pain) {
            return pain >= painMin && pain <= painMax;
        }
    }

    /** The administrator's thresholds (programme rules). */
    public record Thresholds(int upAfterSessions, int upPainAfterCount, int upNoFlareInLast, int flareRise,
            int downAfterFlares, int downPainBeforeFrom) {

        public static final Thresholds DEFAULTS = new Thresholds(6, 4, 3, 2, 2, 8);
    }

    /** A suggestion with its reason in plain words. */
    public record Suggestion(Direction direction, int fromLevel, int toLevel, String reason) {
    }

    private ProgressionAdvisor() {
    }

    public static Optional<Suggestion> advise(List<SessionPain> history, Integer currentLevel, List<LevelRange> levels,
            Thresholds t) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        int level = currentLevel != null ? currentLevel : history.get(history.size() - 1).level();
        Optional<Suggestion> down = down(history, level, levels, t);
        return down.isPresent() ? down : up(history, level, levels, t);
    }

    private static Optional<Suggestion> down(List<SessionPain> history, int level, List<LevelRange> levels,
            Thresholds t) {
        // "In a row": the last classes attended, each a flare-up. A class still going on (no pain after
        // yet) does not count; an earlier class without its numbers breaks the row.
        int end = history.size();
        while (end > 0 && history.get(end - 1).after() == null) {
            end--;
        }
        List<SessionPain> finished = history.subList(0, end);
        if (finished.size() >= t.downAfterFlares()
                && last(finished, t.downAfterFlares()).stream().allMatch(s -> s.flare(t.flareRise()))) {
            String why = "Your pain rose by " + points(t.flareRise()) + " or more during "
                    + (t.downAfterFlares() == 1 ? "your last class" : "each of your last " + t.downAfterFlares()
                    + " classes") + " (a flare-up).";
            return Optional.of(gentler(level, levels, why));
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            SessionPain latest = history.get(i);
            if (latest.before() != null) {
                if (latest.before() >= t.downPainBeforeFrom()) {
                    String why = "You started your class on " + ClinicFormats.DATE_LONG.format(latest.date())
                            + " with pain "
                            + latest.before() + ", which is high.";
                    return Optional.of(gentler(level, levels, why));
                }
                break;
            }
        }
        return Optional.empty();
    }

    private static Suggestion gentler(int level, List<LevelRange> levels, String why) {
        if (level <= 0) {
            return new Suggestion(Direction.REST, level, level, why + " " + title(0, levels)
                    + " is already the gentlest level: a rest day or two, then gentle movement again, may help.");
        }
        return new Suggestion(Direction.DOWN, level, level - 1, why + " " + title(level - 1, levels)
                + " is gentler and may suit you better for now.");
    }

    private static Optional<Suggestion> up(List<SessionPain> history, int level, List<LevelRange> levels,
            Thresholds t) {
        Optional<LevelRange> next = levels.stream().filter(l -> l.number() == level + 1).findFirst();
        // Not in the middle of a class: a pain after still to come could be a flare-up.
        if (next.isEmpty() || history.get(history.size() - 1).after() == null) {
            return Optional.empty();
        }
        List<SessionPain> atLevel = history.stream().filter(s -> s.level() == level).toList();
        if (atLevel.size() < t.upAfterSessions()) {
            return Optional.empty();
        }
        List<Integer> afters = last(atLevel.stream().map(SessionPain::after).filter(Objects::nonNull).toList(),
                t.upPainAfterCount());
        if (afters.size() < t.upPainAfterCount() || !afters.stream().allMatch(next.get()::contains)) {
            return Optional.empty();
        }
        List<SessionPain> complete = atLevel.stream().filter(SessionPain::complete).toList();
        if (last(complete, t.upNoFlareInLast()).stream().anyMatch(s -> s.flare(t.flareRise()))) {
            return Optional.empty();
        }
        int low = afters.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int high = afters.stream().mapToInt(Integer::intValue).max().orElseThrow();
        String reason = "Your last " + classes(t.upPainAfterCount()) + " ended with pain " + range(low, high)
                + ", which suits " + next.get().title() + " (pain " + range(next.get().painMin(),
                next.get().painMax()) + "). You have come to " + count(atLevel.size()) + " at Level " + level
                + (t.upNoFlareInLast() > 0 ? " and had no flare-up in the last " + t.upNoFlareInLast() : "") + ".";
        return Optional.of(new Suggestion(Direction.UP, level, level + 1, reason));
    }

    private static <T> List<T> last(List<T> list, int n) {
        return list.subList(Math.max(0, list.size() - n), list.size());
    }

    private static String title(int number, List<LevelRange> levels) {
        return levels.stream().filter(l -> l.number() == number).findFirst().map(LevelRange::title)
                .orElse("Level " + number);
    }

    private static String range(int low, int high) {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }

    private static String classes(int n) {
        return n == 1 ? "class" : n + " classes";
    }

    private static String count(int n) {
        return n == 1 ? "1 class" : n + " classes";
    }

    private static String points(int n) {
        return n == 1 ? "1 point" : n + " points";
    }
}
