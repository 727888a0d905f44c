package org.warmpool.participant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.warmpool.base.ClinicFormats;

/**
 * An accepted level set aside by high pain or a red flag reported after it was accepted (DOMAIN.md,
 * Progression): the gentle levels apply until staff accept a level again.
 *
 * @param fromLevel the level staff had accepted
 * @param at        when it was set aside
 * @param reason    what was reported, in words ("pain 9 reported at a class")
 */
public record LevelSetAside(int fromLevel, Instant at, String reason) {

    public static final int REASON_MAX_LENGTH = 200;


    /**
     * What sets an accepted level aside (plain rule): pain at or above the high-pain threshold, or
     * any red flag. Empty when nothing does.
     *
     * @param where "at a class" or "in the intake"
     */
    public static Optional<String> because(Integer pain, Set<RedFlag> redFlags, int highPainFrom, String where) {
        if (redFlags != null && !redFlags.isEmpty()) {
            return Optional.of("a warning sign reported " + where + " (" + redFlags.stream()
                    .sorted().map(RedFlag::reason).reduce((a, b) -> a + ", " + b).orElseThrow() + ")");
        }
        if (pain != null && pain >= highPainFrom) {
            return Optional.of("pain " + pain + " reported " + where);
        }
        return Optional.empty();
    }

    /** "The accepted level 2 was set aside on 3 Dec because of pain 9 reported at a class". */
    public String words(ZoneId zone) {
        return "the accepted level " + fromLevel + " was set aside on "
                + at.atZone(zone).format(ClinicFormats.DATE_SHORT)
                + " because of " + reason;
    }

    /** For the participant: "Your accepted level 2 was set aside on 3 Dec because of ...". */
    public String wordsForParticipant(ZoneId zone) {
        return "Your accepted level " + fromLevel + " was set aside on "
                + at.atZone(zone).format(ClinicFormats.DATE_SHORT)
                + " because of " + reason + ". The gentle classes apply until staff review it.";
    }

    /** For staff and the instructor. */
    public String wordsForStaff(ZoneId zone) {
        return "Accepted level " + fromLevel + " set aside on " + at.atZone(zone).format(ClinicFormats.DATE_SHORT)
                + " because of "
                + reason + ". Only the gentle classes are offered until staff accept a level again.";
    }

    static String shorten(String reason) {
        return reason.length() <= REASON_MAX_LENGTH ? reason : reason.substring(0, REASON_MAX_LENGTH - 1) + "…";
    }
}
