package org.warmpool.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RequestAttemptRepository extends JpaRepository<RequestAttempt, Long> {

    /** The log-in attempts for one account since a moment, oldest first, without the one being decided. */
    @Query("""
            select a.attemptedAt from RequestAttempt a
            where a.action = org.warmpool.security.RequestAction.LOGIN and a.accountKey = :accountKey
              and a.attemptedAt > :since and a.id <> :except
            order by a.attemptedAt""")
    List<Instant> loginTimes(String accountKey, Instant since, long except);

    @Query("""
            select count(a) from RequestAttempt a
            where a.action = :action and a.clientAddress = :address and a.attemptedAt > :since and a.id <> :except""")
    long countFrom(RequestAction action, String address, Instant since, long except);

    @Query("""
            select max(a.attemptedAt) from RequestAttempt a
            where a.action = :action and a.clientAddress = :address and a.attemptedAt > :since and a.id <> :except""")
    Instant latestFrom(RequestAction action, String address, Instant since, long except);

    @Query("""
            select min(a.attemptedAt) from RequestAttempt a
            where a.action = :action and a.clientAddress = :address and a.attemptedAt > :since""")
    Instant oldestFrom(RequestAction action, String address, Instant since);

    /** A successful log-in: the account's count starts again. */
    @Modifying
    @Query("""
            delete from RequestAttempt a
            where a.action = org.warmpool.security.RequestAction.LOGIN and a.accountKey = :accountKey""")
    int forgetLogins(String accountKey);

    /** Every attempt counted against this account key, whatever the action (an erased account). */
    @Modifying
    @Query("delete from RequestAttempt a where a.accountKey = :accountKey")
    int deleteByAccountKey(String accountKey);

    @Modifying
    @Query("delete from RequestAttempt a where a.action in :actions and a.attemptedAt < :before")
    int purgeBefore(Collection<RequestAction> actions, Instant before);
}
