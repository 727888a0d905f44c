package org.warmpool.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    @Query("select count(distinct u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    /** What decides whether a session may go on, in one small query (asked on every request). */
    @Query("select new org.warmpool.security.SessionState(u.enabled, u.sessionsValidFrom, "
            + "u.mustChangePassword) from AppUser u where u.id = :userId")
    Optional<SessionState> findSessionState(long userId);
}
