package org.warmpool.participant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditLogRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByParticipantIdOrderByOccurredAtDesc(long participantId);

    List<AuditEntry> findByParticipantIdOrderByOccurredAtAscIdAsc(long participantId);
}
