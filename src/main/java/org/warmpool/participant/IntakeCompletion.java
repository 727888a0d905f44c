package org.warmpool.participant;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a participant first sent their intake, without any of its answers: other features (the
 * outcome questionnaire) start from there. The caller's service checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class IntakeCompletion {

    private final IntakeRepository intakes;

    IntakeCompletion(IntakeRepository intakes) {
        this.intakes = intakes;
    }

    /** When the participant's first intake was sent, or empty while none is. */
    public Optional<Instant> firstSent(long participantId) {
        return intakes.findByParticipantIdAndStatusOrderBySubmittedAtDesc(participantId, IntakeStatus.SUBMITTED)
                .stream().map(Intake::getSubmittedAt).filter(java.util.Objects::nonNull).min(Instant::compareTo);
    }
}
