package org.warmpool.matching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.warmpool.base.ClinicFormats;

/** Reasons in plain words, as participants and staff read them. */
public final class ReasonWords {

    private ReasonWords() {
    }

    /** "Level 1 Gentle Mobility, because your pain is 6 ...; flexion-biased class suits ...". */
    public static String recommendation(Recommendation recommendation) {
        return recommendation.session().level().title() + ", because "
                + recommendation.reasons().stream().map(ReasonWords::words).collect(Collectors.joining("; "));
    }

    /** The reasons alone, for a card that already shows the level: "Because your pain ...". */
    public static String because(Recommendation recommendation) {
        String reasons = recommendation.reasons().stream().map(ReasonWords::words).collect(Collectors.joining("; "));
        return "Because " + reasons;
    }

    public static String rejection(Rejection rejection) {
        return rejection.reasons().stream().map(ReasonWords::words).collect(Collectors.joining("; "));
    }

    public static List<String> all(List<Reason> reasons) {
        return reasons.stream().map(ReasonWords::words).toList();
    }

    public static String words(Reason reason) {
        if (reason instanceof Reason.LevelFits fits) {
            return levelFits(fits);
        } else if (reason instanceof Reason.BiasFit bias) {
            return biasFit(bias);
        } else if (reason instanceof Reason.WarmWater warm) {
            return ClinicFormats.celsius(warm.temperature()) + " pool";
        } else if (reason instanceof Reason.PreferredTime time) {
            return preferredTime(time);
        } else if (reason instanceof Reason.KnownInstructor known) {
            return "with " + known.name() + ", who taught you before";
        } else if (reason instanceof Reason.Seats seats) {
            return seats.left() > 0 ? seats.left() + (seats.left() == 1 ? " seat left" : " seats left")
                    : "full: you would be number " + seats.waitlistPosition() + " on the waitlist";
        } else if (reason instanceof Reason.LevelSetAside aside) {
            return aside.offered() ? "gentle classes for now: " + aside.why() + ", until staff review it"
                    : aside.level().title() + " is not offered for now: " + aside.why()
                    + "; the gentle classes apply until staff review it";
        } else if (reason instanceof Reason.PainOutOfRange out) {
            return out.level().title() + " is for pain " + out.level().painMin() + " to " + out.level().painMax()
                    + "; yours is " + out.pain();
        } else if (reason instanceof Reason.GentleLevelsOnly gentle) {
            return "with " + painWords(gentle.pain(), gentle.chronic(), gentle.highPain())
                    + " we suggest a gentler level first";
        } else if (reason instanceof Reason.AboveCurrentLevel above) {
            return above.level().title() + " is above your current level (" + above.currentLevel()
                    + "); your instructor will suggest when to move up";
        } else if (reason instanceof Reason.PoolTooCold cold) {
            return cold.poolName() + " is " + ClinicFormats.celsius(cold.temperature()) + "; level "
                    + cold.level().number() + " needs "
                    + ClinicFormats.celsius(cold.level().minWaterTemperature());
        } else if (reason instanceof Reason.NoLift noLift) {
            return noLift.poolName() + " has no lift or ramp";
        } else if (reason instanceof Reason.NeedsDeepWater deep) {
            return "level " + deep.level().number() + " needs comfort in deep water";
        } else if (reason instanceof Reason.WaitlistFull full) {
            return "full, and the waitlist is full too (" + full.waitlistLength() + " waiting)";
        }
        throw new IllegalArgumentException("No words for " + reason);
    }

    private static String levelFits(Reason.LevelFits fits) {
        if (fits.currentLevel() != null && fits.currentLevel() == fits.level().number()) {
            return "it is your current level";
        }
        if (fits.currentLevel() != null) {
            return "it is gentler than your current level (" + fits.currentLevel() + ")";
        }
        return "your " + painWords(fits.pain(), fits.chronic(), fits.highPain())
                + (fits.level().painInRange(fits.pain()) ? " fits its range (" + fits.level().painMin() + " to "
                + fits.level().painMax() + ")" : " suits this level, made for long-lasting pain");
    }

    private static String painWords(int pain, boolean chronic, boolean highPain) {
        return "pain of " + pain + (highPain ? " (high)" : "") + (chronic ? ", lasting 12 weeks or more (chronic)," : "");
    }

    private static String biasFit(Reason.BiasFit bias) {
        String kind = bias.bias().name().toLowerCase(Locale.ROOT) + "-biased class";
        String condition = conditionWords(bias);
        return switch (bias.fit()) {
            case BEST, GOOD -> kind + " suits " + condition;
            case POOR -> kind + ", not ideal for " + condition + " (" + BiasGuide.suitable(bias.condition()).stream()
                    .map(b -> b.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")) + " suits better)";
        };
    }

    private static String conditionWords(Reason.BiasFit bias) {
        return switch (bias.condition()) {
            case HERNIATED_DISC -> "a herniated disc";
            case SPINAL_STENOSIS -> "spinal stenosis";
            case DEGENERATIVE_DISC -> "degenerative disc disease";
            case SPONDYLOLISTHESIS -> "spondylolisthesis";
            case PIRIFORMIS -> "piriformis syndrome";
            case SI_JOINT -> "a sacroiliac joint problem";
            case OTHER_OR_UNKNOWN -> "back pain of unknown cause";
        };
    }

    private static String preferredTime(Reason.PreferredTime time) {
        String day = ClinicFormats.weekday(time.day());
        String part = time.time().name().toLowerCase(Locale.ROOT);
        if (time.dayPreferred() && time.timePreferred()) {
            return day + " " + part + " as you prefer";
        }
        return time.dayPreferred() ? day + " as you prefer" : "in the " + part + " as you prefer";
    }
}
