package org.warmpool.participant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Embeddable;

/**
 * An intake's first two steps: the pain now (0 to 10), how long it has lasted ({@code weeks} when
 * the participant knows them, otherwise a rough {@code duration}), and its cause. Null until
 * answered.
 */
@Embeddable
public record PainAnswers(
        @Column(name = "pain_now") Integer painNow,
        @Enumerated(EnumType.STRING) @Column(name = "pain_duration", length = 20) PainDuration duration,
        @Column(name = "pain_weeks") Integer weeks,
        @Enumerated(EnumType.STRING) @Column(name = "condition_code", length = 20) Condition cause) {

    static final PainAnswers NOT_ANSWERED = new PainAnswers(null, null, null, null);

    PainAnswers withPain(int painNow, PainDuration duration, Integer weeks) {
        return new PainAnswers(painNow, duration, weeks, cause);
    }

    PainAnswers withCause(Condition cause) {
        return new PainAnswers(painNow, duration, weeks, cause);
    }

    boolean painAnswered() {
        return painNow != null && (duration != null || weeks != null);
    }
}
