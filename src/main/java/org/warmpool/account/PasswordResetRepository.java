package org.warmpool.account;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    @Query("select r from PasswordReset r join fetch r.user where r.tokenHash = :hash")
    Optional<PasswordReset> findByTokenHash(String hash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PasswordReset r join fetch r.user where r.tokenHash = :hash")
    Optional<PasswordReset> lockByTokenHash(String hash);

    java.util.List<PasswordReset> findByUserIdOrderByCreatedAt(long userId);

    @Modifying
    @Query("delete from PasswordReset r where r.user.id = :userId")
    int deleteOfUser(long userId);

    /** A new link makes the account's earlier open links stop working: only the newest is valid. */
    @Modifying
    @Query("""
            update PasswordReset r set r.replacedAt = :now
            where r.user.id = :userId and r.usedAt is null and r.replacedAt is null""")
    int replaceOpen(long userId, Instant now);
}
