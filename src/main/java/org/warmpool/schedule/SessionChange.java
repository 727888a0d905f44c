package org.warmpool.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * An edit of a session, for that session alone or for it and all following ones of its series.
 * The date changes only for a single session; onwards, each session keeps its own date.
 */
public class SessionChange extends SessionChoices {

    @NotNull(message = "Choose the date")
    private LocalDate date;

    public static SessionChange of(ClassSession session) {
        SessionChange change = new SessionChange();
        change.date = session.getDate();
        change.setStartTime(session.getStartTime());
        change.setDurationMinutes(session.getDurationMinutes());
        change.setPool(session.getPool());
        change.setBias(session.getBias());
        change.setCapacity(session.getCapacity());
        return change;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
