package org.warmpool.participant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeRepository extends JpaRepository<Intake, Long> {

    Optional<Intake> findFirstByParticipantIdAndStatusOrderByStartedAtDesc(long participantId, IntakeStatus status);

    List<Intake> findByParticipantIdAndStatusOrderBySubmittedAtDesc(long participantId, IntakeStatus status);
}
