package org.warmpool.schedule;

import java.util.List;
import org.warmpool.base.ClinicFormats;

/**
 * An instructor as a choice for one session: the reasons they cannot teach it (none when they
 * can), and what ranks substitutes: already teaches the level, knows the participants, hours
 * already that week.
 */
public record InstructorOption(long instructorId, String name, List<String> problems, boolean teachesLevel,
        int knownParticipants, int minutesThatWeek) {

    public boolean canTeach() {
        return problems.isEmpty();
    }

    public String summary() {
        if (!canTeach()) {
            return String.join("; ", problems);
        }
        return (teachesLevel ? "Already teaches this level. " : "")
                + (knownParticipants > 0 ? "Has taught " + knownParticipants + " of the participants. " : "")
                + ClinicFormats.hoursAndMinutes(minutesThatWeek) + " already booked that week.";
    }
}
