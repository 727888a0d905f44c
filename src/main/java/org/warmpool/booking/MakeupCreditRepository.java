package org.warmpool.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MakeupCreditRepository extends JpaRepository<MakeupCredit, Long> {

    @Query("""
            select c from MakeupCredit c join fetch c.sourceSession s join fetch s.level join fetch s.pool
            where c.participant.id = :participantId order by c.validUntil, c.id""")
    List<MakeupCredit> findOfParticipant(long participantId);

    /** Credits not used and still valid on {@code today}, the soonest to expire first. */
    @Query("""
            select c from MakeupCredit c join fetch c.participant p join fetch c.sourceSession s join fetch s.level
            where c.usedAt is null and c.validUntil >= :today order by c.validUntil, p.fullName, c.id""")
    List<MakeupCredit> findOpen(java.time.LocalDate today);

    boolean existsByParticipantIdAndSourceSessionId(long participantId, long sourceSessionId);
}
