package org.warmpool.participant;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountInvitationRepository extends JpaRepository<AccountInvitation, Long> {

    @Query("select i from AccountInvitation i join fetch i.participant p left join fetch p.user where i.tokenHash = :hash")
    Optional<AccountInvitation> findByTokenHash(String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AccountInvitation i where i.tokenHash = :hash")
    Optional<AccountInvitation> lockByTokenHash(String hash);

    java.util.List<AccountInvitation> findByParticipantIdOrderByCreatedAt(long participantId);

    @Modifying
    @Query("delete from AccountInvitation i where i.participant.id = :participantId")
    int deleteOfParticipant(long participantId);

    /** The participant's earlier links stop working when a new one is made: only the newest is valid. */
    @Modifying
    @Query("""
            update AccountInvitation i set i.replacedAt = :now
            where i.participant.id = :participantId and i.usedAt is null and i.replacedAt is null""")
    int replaceOpen(long participantId, Instant now);
}
