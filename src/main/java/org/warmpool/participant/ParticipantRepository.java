package org.warmpool.participant;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    /**
     * By the foreign key column. The derived query (findByUserId) joined the account table with an
     * outer join, and H2 then read every participant for each call (every booking asks twice).
     */
    @Query("select p from Participant p where p.user.id = :userId")
    Optional<Participant> findByUserId(long userId);

    /** The participant id of an account, without reading the participant. */
    @Query("select p.id from Participant p where p.user.id = :userId")
    Optional<Long> findIdByUserId(long userId);

    /**
     * SELECT ... FOR UPDATE on the participant row alone. With the account fetched by an outer join,
     * PostgreSQL cannot lock in the same statement, and Hibernate read the row unlocked and locked it
     * with a second query ("follow-on locking"); the account loads after the lock instead.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Participant p where p.id = :id")
    Optional<Participant> lockById(long id);

    /** {@link #lockById} for the participant of an account, found by the foreign key in the same statement. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Participant p where p.user.id = :userId")
    Optional<Participant> lockByUserId(long userId);

    boolean existsByEmail(String normalizedEmail);

    Optional<Participant> findByEmail(String normalizedEmail);

    @Query("""
            select p from Participant p
            where lower(p.fullName) like :pattern or p.email like :pattern or p.phone like :pattern
            order by p.fullName, p.id""")
    Slice<Participant> search(String pattern, Pageable page);

    @Query("select p from Participant p where p.dateOfBirth = :born order by p.fullName, p.id")
    Slice<Participant> findBornOn(java.time.LocalDate born, Pageable page);
}
