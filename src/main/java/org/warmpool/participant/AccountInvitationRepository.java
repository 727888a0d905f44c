package org.warmpool.participant;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountInvitationRepository extends JpaRepository<AccountInvitation, Long> {

    @Query("select i from AccountInvitation i join fetch i.participant p left join fetch p.user where i.tokenHash = :hash")
    Optional<AccountInvitation> findByTokenHash(String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AccountInvitation i where i.tokenHash = :hash")
    Optional<AccountInvitation> lockByTokenHash(String hash);
}
