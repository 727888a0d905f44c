package org.warmpool.participant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    Optional<Intake> findFirstByParticipantIdAndStatusOrderByStartedAtDesc(long participantId, IntakeStatus status);

    List<Intake> findByParticipantIdAndStatusOrderBySubmittedAtDesc(long participantId, IntakeStatus status);

    /** Every intake of the participant, drafts included, oldest first: their own data as they download it. */
    List<Intake> findByParticipantIdOrderByStartedAtAscIdAsc(long participantId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Intake i where i.participant.id = :participantId")
    int deleteOfParticipant(long participantId);

    /** The intake the participant sent last: what screening, booking and the record go by. */
    default Optional<Intake> latestSubmitted(long participantId) {
        return findFirstByParticipantIdAndStatusOrderByStartedAtDesc(participantId, IntakeStatus.SUBMITTED);
    }
}
