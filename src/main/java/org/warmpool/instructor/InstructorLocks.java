package org.warmpool.instructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/**
 * The instructor row lock for the schedule feature, inside the caller's transaction (a screen has
 * none, so it cannot take one). The caller's service checks who may assign.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class InstructorLocks {

    private final InstructorRepository instructors;

    InstructorLocks(InstructorRepository instructors) {
        this.instructors = instructors;
    }

    /**
     * Locks the instructor's row until the caller's transaction ends, so that two requests (or two
     * app nodes) cannot both give this instructor a session at the same time.
     */
    public Instructor lockForAssignment(long instructorId) {
        Instructor instructor = instructors.lockById(instructorId)
                .orElseThrow(() -> new RuleViolationException("This instructor no longer exists."));
        return InstructorService.initialize(instructor);
    }
}
