package org.warmpool.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicFormats;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorRules;

/**
 * Whether an instructor may teach a session: qualified and available (the instructor's rules)
 * and not teaching another session at that time, in any pool. Callers hold the instructor's row
 * lock while they check and assign.
 */
@Component
class InstructorChecks {


    private final ClassSessionRepository sessions;

    InstructorChecks(ClassSessionRepository sessions) {
        this.sessions = sessions;
    }

    /** Every reason this instructor cannot teach this session; empty when they can. */
    List<String> problems(Instructor instructor, ClassSession session, Collection<ClassSession> ignoring) {
        List<String> problems = new ArrayList<>(ruleProblems(instructor, session));
        Set<Long> ignored = ignoring.stream().map(ClassSession::getId).collect(Collectors.toSet());
        sessions.findOfInstructorStartingBetween(instructor.getId(), session.getStartsAt().minusSeconds(86_400),
                        session.getEndsAt())
                .stream()
                .filter(other -> other.getStatus() == SessionStatus.SCHEDULED && !ignored.contains(other.getId())
                        && !other.getId().equals(session.getId())
                        && other.overlaps(session.getStartsAt(), session.getEndsAt()))
                .findFirst()
                .ifPresent(clash -> problems.add(instructor.getName() + " teaches " + clash.getLevel().title() + " in "
                        + clash.getPool().getName() + " on " + clash.getDate().format(ClinicFormats.DAY_SHORT)
                        + " from "
                        + clash.getStartTime() + " to " + clash.getStartTime().plusMinutes(clash.getDurationMinutes())));
        return problems;
    }

    /** Qualification and availability only, without looking at other sessions. */
    static List<String> ruleProblems(Instructor instructor, ClassSession session) {
        List<String> problems = new ArrayList<>(InstructorRules.qualificationProblems(instructor, session.getDate(),
                session.getLevel().getLevelNumber()));
        problems.addAll(InstructorRules.availabilityProblems(instructor, session.getDate(), session.getStartTime(),
                session.getStartTime().plusMinutes(session.getDurationMinutes())));
        return problems;
    }
}
