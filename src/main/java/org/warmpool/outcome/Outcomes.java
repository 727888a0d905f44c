package org.warmpool.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warmpool.base.ClinicFormats;

/**
 * A participant's questionnaire scores over time (oldest first), each marked against the one
 * before it of the same questionnaire, a line in words per questionnaire comparing the first and
 * the latest score, and whether the questionnaire is due.
 */
public record Outcomes(long participantId, List<Score> scores, List<String> summaries, Due due) {

    /** One answered questionnaire; {@code change} compares it with the one before of the same kind (null for the first). */
    public record Score(long id, Questionnaire kind, Instant answeredAt, LocalDate date, BigDecimal value,
            ImportantChange change) {

        /** "14" on Roland-Morris, "35.6%" on Oswestry. */
        public String shown() {
            return Outcomes.shown(kind, value);
        }
    }

    /**
     * Whether the participant should answer the questionnaire now, and why in words.
     *
     * @param classesSince attended classes since the last answer (0 when there is none)
     * @param intakeSent   the participant has sent their intake (the questionnaire comes after it)
     */
    public record Due(boolean due, Questionnaire kind, String reason, int classesSince, boolean intakeSent) {
    }

    static String shown(Questionnaire kind, BigDecimal value) {
        return kind == Questionnaire.RMDQ ? value.stripTrailingZeros().toPlainString()
                : value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * "Roland-Morris: 14 on 3 Nov 2026, 8 on 1 Dec 2026: an important improvement (5 points or more)".
     * One line per questionnaire answered, comparing the first score with the latest.
     */
    static List<String> summaries(List<Score> scores, OutcomeSettings settings) {
        List<String> lines = new ArrayList<>();
        for (Questionnaire kind : Questionnaire.values()) {
            List<Score> of = scores.stream().filter(s -> s.kind() == kind).toList();
            if (of.isEmpty()) {
                continue;
            }
            Score first = of.get(0);
            Score last = of.get(of.size() - 1);
            String start = kind.label() + ": " + first.shown() + " on " + ClinicFormats.DATE_SHORT_YEAR.format(first.date());
            if (of.size() == 1) {
                lines.add(start + ". The next answers will show whether it changes.");
                continue;
            }
            BigDecimal threshold = settings.threshold(kind);
            String limit = " (" + threshold.stripTrailingZeros().toPlainString() + " " + kind.unit() + " or more)";
            String words = switch (ImportantChange.between(first.value(), last.value(), threshold)) {
                case IMPROVED -> "an important improvement" + limit;
                case WORSENED -> "an important worsening" + limit;
                default -> "no important change yet" + limit.replace(" or more)", " or more would be)");
            };
            lines.add(start + ", " + last.shown() + " on " + ClinicFormats.DATE_SHORT_YEAR.format(last.date()) + ": "
                    + words);
        }
        return lines;
    }
}
