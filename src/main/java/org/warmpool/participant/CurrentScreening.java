package org.warmpool.participant;

import java.util.Optional;

/**
 * A participant's details with their latest sent intake and its screening, without the intake
 * history: what matching and booking judge by ({@link HealthRecord} adds the history for the record page).
 */
public record CurrentScreening(Participant participant, Optional<Intake> latest, Optional<ScreeningOutcome> outcome) {

    public boolean mayBook() {
        return latest.map(Intake::allowsBooking).orElse(false);
    }

    /** A red flag that keeps booking closed until staff record that a doctor has seen the person. */
    public boolean redFlag() {
        return latest.map(Intake::hasOpenRedFlag).orElse(false);
    }
}
