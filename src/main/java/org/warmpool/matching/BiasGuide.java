package org.warmpool.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.warmpool.participant.Condition;
import org.warmpool.program.ExerciseBias;

/** Which exercise bias suits which condition, best first (the domain rules' table). */
public final class BiasGuide {

    private static final Map<Condition, List<ExerciseBias>> SUITABLE = new EnumMap<>(Map.of(
            Condition.HERNIATED_DISC, List.of(ExerciseBias.EXTENSION, ExerciseBias.NEUTRAL),
            Condition.SPINAL_STENOSIS, List.of(ExerciseBias.FLEXION, ExerciseBias.NEUTRAL),
            Condition.DEGENERATIVE_DISC, List.of(ExerciseBias.NEUTRAL),
            Condition.SPONDYLOLISTHESIS, List.of(ExerciseBias.FLEXION, ExerciseBias.NEUTRAL),
            Condition.PIRIFORMIS, List.of(ExerciseBias.NEUTRAL, ExerciseBias.FLEXION, ExerciseBias.EXTENSION),
            Condition.SI_JOINT, List.of(ExerciseBias.NEUTRAL),
            Condition.OTHER_OR_UNKNOWN, List.of(ExerciseBias.NEUTRAL)));

    private BiasGuide() {
    }

    public static Reason.BiasFit.Fit fit(Condition condition, ExerciseBias bias) {
        List<ExerciseBias> suitable = SUITABLE.get(condition);
        int index = suitable.indexOf(bias);
        if (index < 0) {
            return Reason.BiasFit.Fit.POOR;
        }
        return index == 0 ? Reason.BiasFit.Fit.BEST : Reason.BiasFit.Fit.GOOD;
    }

    public static List<ExerciseBias> suitable(Condition condition) {
        return SUITABLE.get(condition);
    }
}
