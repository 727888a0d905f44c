package org.warmpool.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarAddressRepository extends JpaRepository<CalendarAddress, Long> {

    /** The live address with this token's hash, of an account that is switched on. */
    @Query("""
            select a from CalendarAddress a join fetch a.user u
            where a.tokenHash = :hash and a.revokedAt is null and u.enabled = true""")
    Optional<CalendarAddress> findLive(String hash);

    @Query("select a from CalendarAddress a where a.user.id = :userId and a.revokedAt is null")
    Optional<CalendarAddress> findLiveOfUser(long userId);

    @Modifying
    @Query("update CalendarAddress a set a.revokedAt = :now, a.liveUserId = null where a.user.id = :userId and a.revokedAt is null")
    int revokeLive(long userId, Instant now);

    @Modifying
    @Query("delete from CalendarAddress a where a.user.id = :userId")
    int deleteOfUser(long userId);
}
