package org.warmpool.participant;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Intake screening (plain Java). Red flags stop booking and send the participant to a doctor;
 * contraindications wait for a medical clearance; pain of {@code highPainFrom} or more is high,
 * pain that has lasted {@code chronicFromWeeks} weeks or more is chronic.
 */
public final class Screening {

    public static final Screening DEFAULTS = new Screening(7, 12);

    private final int highPainFrom;
    private final int chronicFromWeeks;

    public Screening(int highPainFrom, int chronicFromWeeks) {
        this.highPainFrom = highPainFrom;
        this.chronicFromWeeks = chronicFromWeeks;
    }

    public ScreeningOutcome assess(IntakeAnswers answers) {
        if (answers.painNow() < 0 || answers.painNow() > 10) {
            throw new IllegalArgumentException("Pain is rated from 0 to 10");
        }
        List<RedFlag> redFlags = Arrays.stream(RedFlag.values()).filter(answers.redFlags()::contains).toList();
        List<Contraindication> contraindications = Arrays.stream(Contraindication.values())
                .filter(answers.contraindications()::contains).toList();
        boolean chronic = isChronic(answers);
        boolean highPain = answers.painNow() >= highPainFrom;

        if (!redFlags.isEmpty()) {
            return new ScreeningOutcome(ScreeningStatus.RED_FLAG, redFlags, contraindications, chronic, highPain,
                    "Please contact a doctor or emergency services now. You told us about "
                            + join(redFlags.stream().map(RedFlag::reason).toList())
                            + ". These can be signs of a condition that needs urgent care, not an exercise class. "
                            + "Booking is closed until the clinic has recorded that a doctor has seen you.");
        }
        if (!contraindications.isEmpty()) {
            return new ScreeningOutcome(ScreeningStatus.NEEDS_CLEARANCE, redFlags, contraindications, chronic,
                    highPain, "Before your first class we need a note from your doctor that pool exercise is safe "
                            + "for you, because you told us about "
                            + join(contraindications.stream().map(Contraindication::reason).toList())
                            + ". Bring or send it to the front desk; they will open booking for you.");
        }
        return new ScreeningOutcome(ScreeningStatus.CLEARED, redFlags, contraindications, chronic, highPain,
                painSummary(answers.painNow(), chronic, highPain));
    }

    public boolean isChronic(IntakeAnswers answers) {
        if (answers.painWeeks() != null) {
            return answers.painWeeks() >= chronicFromWeeks;
        }
        return answers.painDuration() != null && answers.painDuration().reaches(chronicFromWeeks);
    }

    private String painSummary(int pain, boolean chronic, boolean highPain) {
        if (highPain || chronic) {
            return "Your pain is " + pain + " out of 10" + (chronic ? " and has lasted " + chronicFromWeeks
                    + " weeks or more (chronic)" : "") + ", so we suggest our gentlest classes to start with.";
        }
        return "Your pain is " + pain + " out of 10.";
    }

    private static String join(List<String> reasons) {
        if (reasons.size() == 1) {
            return reasons.get(0);
        }
        return reasons.subList(0, reasons.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + reasons.get(reasons.size() - 1);
    }
}
