package org.warmpool.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    @Query("select count(distinct u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    /**
     * SELECT ... FOR UPDATE on every enabled account with this role, in id order (so two callers
     * lock in the same order and never deadlock): while one administrator's change is checked, a
     * second change on this or another app node waits, then sees the first one's result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.enabled = true and :role member of u.roles order by u.id")
    List<AppUser> lockEnabledWithRole(Role role);

    /** Staff and instructor accounts (every account with a role other than participant), by name. */
    @Query("""
            select distinct u from AppUser u join fetch u.roles
            where exists (select 1 from AppUser s join s.roles r where s = u
                          and r <> org.warmpool.security.Role.PARTICIPANT)
            order by u.displayName""")
    List<AppUser> findStaff();

    @Modifying
    @Query("update AppUser u set u.lastLoginAt = :at where u.id = :userId")
    int recordLogin(long userId, Instant at);
}
