package org.warmpool.participant;

import java.util.List;
import java.util.Optional;

/** A participant's details with their latest screening and their intake history, newest first. */
public record HealthRecord(Participant participant, Optional<Intake> latest, Optional<ScreeningOutcome> outcome,
        List<Intake> history) {

    public boolean mayBook() {
        return latest.map(Intake::allowsBooking).orElse(false);
    }

    /** A red flag that keeps booking closed until staff record that a doctor has seen the person. */
    public boolean redFlag() {
        return latest.map(Intake::hasOpenRedFlag).orElse(false);
    }

    public boolean waitingForClearance() {
        return latest.map(i -> !i.hasOpenRedFlag() && i.waitsForClearance()).orElse(false);
    }
}
