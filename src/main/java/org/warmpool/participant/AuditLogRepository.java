package org.warmpool.participant;

import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * The audit log can be added to and read, nothing else: no delete and no update here, and the
 * database refuses both anyway (V16, docs/architecture.md "Audit log").
 */
interface AuditLogRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    <S extends AuditEntry> List<S> saveAll(Iterable<S> entries);

    List<AuditEntry> findByParticipantIdOrderByOccurredAtDesc(long participantId);

    List<AuditEntry> findByParticipantIdOrderByOccurredAtAscIdAsc(long participantId);
}
