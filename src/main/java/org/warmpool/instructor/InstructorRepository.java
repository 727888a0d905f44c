package org.warmpool.instructor;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InstructorRepository extends JpaRepository<Instructor, Long> {

    @EntityGraph(attributePaths = {"user", "certifications"})
    @Query("select i from Instructor i order by i.user.displayName")
    List<Instructor> findAllWithDetails();

    /** Every instructor's id and name, in one query whatever their number (a filter's choices). */
    @Query("""
            select new org.warmpool.instructor.InstructorName(i.id, u.displayName)
            from Instructor i join i.user u order by u.displayName, i.id""")
    List<InstructorName> findAllNames();

    @EntityGraph(attributePaths = {"user", "certifications"})
    @Query("select i from Instructor i where i.id = :id")
    Optional<Instructor> findWithDetails(long id);

    @EntityGraph(attributePaths = {"user"})
    Optional<Instructor> findByUserEmail(String email);

    boolean existsByUserId(long userId);

    /** SELECT ... FOR UPDATE: one assignment at a time per instructor, across app nodes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Instructor i where i.id = :id")
    Optional<Instructor> lockById(long id);
}
