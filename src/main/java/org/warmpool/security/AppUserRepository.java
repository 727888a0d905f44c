package org.warmpool.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    @Query("select count(distinct u) from AppUser u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);
}
