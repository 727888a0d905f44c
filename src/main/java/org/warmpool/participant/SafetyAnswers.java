package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Set;
import org.warmpool.base.EnumMask;

/**
 * An intake's answers to the safety questions (red flags) and the health questions
 * (contraindications), each a set stored as a bit mask, and whether the question was answered at
 * all: an empty set that was answered means "none of these".
 */
@Embeddable
public record SafetyAnswers(
        @Column(name = "red_flags_mask", nullable = false) int redFlagsMask,
        @Column(name = "red_flags_answered", nullable = false) boolean redFlagsAnswered,
        @Column(name = "contraindications_mask", nullable = false) int contraindicationsMask,
        @Column(name = "contraindications_answered", nullable = false) boolean contraindicationsAnswered) {

    static final SafetyAnswers NOT_ANSWERED = new SafetyAnswers(0, false, 0, false);

    SafetyAnswers withRedFlags(Set<RedFlag> flags) {
        return new SafetyAnswers(EnumMask.of(flags), true, contraindicationsMask, contraindicationsAnswered);
    }

    SafetyAnswers withContraindications(Set<Contraindication> found) {
        return new SafetyAnswers(redFlagsMask, redFlagsAnswered, EnumMask.of(found), true);
    }

    public Set<RedFlag> redFlags() {
        return EnumMask.toSet(redFlagsMask, RedFlag.class);
    }

    public Set<Contraindication> contraindications() {
        return EnumMask.toSet(contraindicationsMask, Contraindication.class);
    }
}
