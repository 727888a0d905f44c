package org.warmpool.matching;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import org.warmpool.participant.Condition;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.program.ExerciseBias;

/** Why a session is recommended, or why not: structured, turned into words by {@link ReasonWords}. */
public sealed interface Reason {

    /** The level suits the pain (and its duration). */
    record LevelFits(LevelRules level, int pain, Integer painWeeks, boolean chronic, boolean highPain,
            Integer currentLevel) implements Reason {
    }

    /** How well the class's exercise bias suits the participant's condition. */
    record BiasFit(ExerciseBias bias, Condition condition, Fit fit) implements Reason {
        public enum Fit { BEST, GOOD, POOR }
    }

    record WarmWater(String poolName, BigDecimal temperature) implements Reason {
    }

    record PreferredTime(DayOfWeek day, TimeOfDay time, boolean dayPreferred, boolean timePreferred)
            implements Reason {
    }

    record KnownInstructor(String name) implements Reason {
    }

    /** An accepted level was set aside since: the gentle levels apply (offered, or the level refused). */
    record LevelSetAside(LevelRules level, String why, boolean offered) implements Reason {
    }

    record Seats(int left, int waitlistPosition) implements Reason {
    }

    // Rejections.

    record PainOutOfRange(LevelRules level, int pain) implements Reason {
    }

    record GentleLevelsOnly(LevelRules level, int pain, boolean chronic, boolean highPain) implements Reason {
    }

    record AboveCurrentLevel(LevelRules level, int currentLevel) implements Reason {
    }

    record PoolTooCold(String poolName, BigDecimal temperature, LevelRules level) implements Reason {
    }

    record NoLift(String poolName) implements Reason {
    }

    record NeedsDeepWater(LevelRules level) implements Reason {
    }

    record WaitlistFull(int waitlistLength) implements Reason {
    }
}
