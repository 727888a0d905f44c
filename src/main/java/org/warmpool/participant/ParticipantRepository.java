package org.warmpool.participant;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByUserId(long userId);

    boolean existsByEmail(String normalizedEmail);

    @Query("""
            select p from Participant p
            where lower(p.fullName) like :pattern or p.email like :pattern or p.phone like :pattern
            order by p.fullName, p.id""")
    Slice<Participant> search(String pattern, Pageable page);
}
