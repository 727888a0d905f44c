package org.warmpool.participant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    Optional<Intake> findFirstByParticipantIdAndStatusOrderByStartedAtDesc(long participantId, IntakeStatus status);

    List<Intake> findByParticipantIdAndStatusOrderBySubmittedAtDesc(long participantId, IntakeStatus status);

    /** The intake the participant sent last: what screening, booking and the record go by. */
    default Optional<Intake> latestSubmitted(long participantId) {
        return findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.SUBMITTED);
    }
}
