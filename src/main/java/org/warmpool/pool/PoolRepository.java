package org.warmpool.pool;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PoolRepository extends JpaRepository<Pool, Long> {

    List<Pool> findAllByOrderByRetiredAscNameAsc();

    List<Pool> findByRetiredFalseOrderByName();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);

    /** SELECT ... FOR UPDATE: whoever schedules in this pool waits for the other to commit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pool p where p.id = :id")
    Optional<Pool> lockById(Long id);
}
