package org.warmpool.participant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    Optional<Intake> findFirstByParticipantIdAndStatusOrderByStartedAtDesc(long participantId, IntakeStatus status);

    List<Intake> findByParticipantIdAndStatusOrderBySubmittedAtDesc(long participantId, IntakeStatus status);

    /** Every intake of the participant, drafts included, oldest first: their own data as they download it. */
    List<Intake> findByParticipantIdOrderByStartedAtAscIdAsc(long participantId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from Intake i where i.participant.id = :participantId")
    int deleteOfParticipant(long participantId);

    /**
     * Sent intakes, the latest first, a page at a time. Declared rather than derived: the derived
     * query's criteria query was built again on every call and joined the participant table, and
     * every booking asks for the latest intake.
     */
    @Query("""
            select i from Intake i where i.participant.id = :participantId
              and i.status = org.warmpool.participant.IntakeStatus.SUBMITTED
            order by i.startedAt desc, i.id desc""")
    List<Intake> submittedLatestFirst(long participantId, Pageable page);

    /** The intake the participant sent last: what screening, booking and the record go by. */
    default Optional<Intake> latestSubmitted(long participantId) {
        return submittedLatestFirst(participantId, PageRequest.of(0, 1)).stream().findFirst();
    }
}
