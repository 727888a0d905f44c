package org.warmpool.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.warmpool.base.ClinicSettings;
import org.warmpool.instructor.Instructor;

/** Ranks the instructors for a session, with the reasons why one cannot teach it. */
@Component
class InstructorRanking {

    private final ObjectProvider<TaughtBefore> taughtBefore;
    private final ZoneId zone;

    InstructorRanking(ObjectProvider<TaughtBefore> taughtBefore, ClinicSettings clinic) {
        this.taughtBefore = taughtBefore;
        this.zone = clinic.timeZone();
    }

    /**
     * Ranks the instructors for one session. {@code staffed} holds the staffed sessions of at
     * least that session's week; the others are ignored.
     */
    List<InstructorOption> rank(ClassSession session, List<Instructor> active, List<ClassSession> staffed) {
        Instant weekStart = weekStart(session);
        Instant weekEnd = weekStart.plusSeconds(7 * 86_400L);
        Map<Long, Integer> minutes = new HashMap<>();
        Set<Long> busy = new HashSet<>();
        Set<Long> teachesLevel = new HashSet<>();
        for (ClassSession other : staffed) {
            if (other.getStartsAt().isBefore(weekStart) || !other.getStartsAt().isBefore(weekEnd)) {
                continue;
            }
            long instructorId = other.getInstructor().getId();
            minutes.merge(instructorId, other.getDurationMinutes(), Integer::sum);
            if (!other.getId().equals(session.getId())) {
                if (other.overlaps(session.getStartsAt(), session.getEndsAt())) {
                    busy.add(instructorId);
                }
                if (other.getLevel().getId().equals(session.getLevel().getId())) {
                    teachesLevel.add(instructorId);
                }
            }
        }
        TaughtBefore history = taughtBefore.getIfAvailable();
        List<InstructorOption> options = new ArrayList<>();
        for (Instructor instructor : active) {
            List<String> problems = new ArrayList<>(InstructorChecks.ruleProblems(instructor, session));
            if (busy.contains(instructor.getId())) {
                problems.add(instructor.getName() + " teaches another class at that time");
            }
            options.add(new InstructorOption(instructor.getId(), instructor.getName(), problems,
                    teachesLevel.contains(instructor.getId()),
                    history == null ? 0 : history.knownParticipants(instructor.getId(), session.getId()),
                    minutes.getOrDefault(instructor.getId(), 0)));
        }
        options.sort(Comparator.comparing((InstructorOption o) -> !o.canTeach())
                .thenComparing(o -> !o.teachesLevel())
                .thenComparing(Comparator.comparingInt(InstructorOption::knownParticipants).reversed())
                .thenComparingInt(InstructorOption::minutesThatWeek)
                .thenComparing(InstructorOption::name));
        return options;
    }

    static List<InstructorOption> substitutesAmong(List<InstructorOption> options, ClassSession session) {
        Long current = session.getInstructor() == null ? null : session.getInstructor().getId();
        return options.stream().filter(InstructorOption::canTeach)
                .filter(option -> current == null || option.instructorId() != current).toList();
    }

    Instant weekStart(ClassSession session) {
        return session.getDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone)
                .toInstant();
    }
}
