package org.warmpool.progress;

import java.util.List;
import java.util.Optional;

/**
 * A participant's progress: their attended classes with pain before and after (oldest first),
 * how many classes at each level, the level staff accepted (null until then) and any open
 * suggestion.
 *
 * @param mayDecide     the viewer may accept or dismiss the suggestion (staff, or the instructor)
 * @param levelSetAside why the accepted level was set aside, in words for the viewer, or null
 */
public record Progress(long participantId, String participantName, Integer currentLevel, String currentLevelTitle,
        List<ClassPain> classes, List<LevelCount> classesPerLevel, Optional<SuggestionSummary> openSuggestion,
        boolean mayDecide, String levelSetAside) {

    /** Attended classes at one level. */
    public record LevelCount(int levelNumber, String levelTitle, int classes) {
    }

    /** An open suggestion, with the levels' titles. */
    public record SuggestionSummary(long id, Direction direction, String fromTitle, String toTitle, String reason,
            java.time.Instant createdAt) {

        /** "Move up to Level 3 Aqua Conditioning". */
        public String headline() {
            switch (direction) {
                case UP:
                    return "Move up to " + toTitle;
                case DOWN:
                    return "Move down to " + toTitle;
                default:
                    return "Take a rest day, then carry on at " + toTitle;
            }
        }
    }
}
