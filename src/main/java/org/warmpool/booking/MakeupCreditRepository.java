package org.warmpool.booking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MakeupCreditRepository extends JpaRepository<MakeupCredit, Long> {

    @Query("""
            select c from MakeupCredit c join fetch c.sourceSession s join fetch s.level join fetch s.pool
            where c.participant.id = :participantId order by c.validUntil, c.id""")
    List<MakeupCredit> findOfParticipant(long participantId);

    boolean existsByParticipantIdAndSourceSessionId(long participantId, long sourceSessionId);
}
