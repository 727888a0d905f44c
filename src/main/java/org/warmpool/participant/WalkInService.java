package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.Roles;

/**
 * A walk-in registered and screened in one go at the front desk: the registration and every intake
 * step go through {@link RegistrationService} and {@link IntakeService}, with their checks and audit
 * entries, in one transaction. A refused step saves nothing, so the desk can correct it and send
 * the same form again.
 */
@Service
@Transactional
public class WalkInService {

    private final RegistrationService registration;
    private final IntakeService intakes;

    WalkInService(RegistrationService registration, IntakeService intakes) {
        this.registration = registration;
        this.intakes = intakes;
    }

    /** What the desk sees next: who was registered and the screening's answer. */
    public record Registered(long participantId, String fullName, ScreeningOutcome outcome) {
    }

    /**
     * Registers the walk-in, saves every intake answer and sends the intake. The answers' pain
     * duration may be null when the number of weeks is known.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public Registered registerAndScreen(RegistrationForm form, IntakeAnswers answers) {
        Participant participant = registration.registerWalkIn(form);
        long id = participant.getId();
        intakes.savePain(id, answers.painNow(), answers.painDuration(), answers.painWeeks());
        intakes.saveCause(id, answers.condition());
        intakes.saveRedFlags(id, answers.redFlags());
        intakes.saveContraindications(id, answers.contraindications());
        intakes.saveAccess(id, answers.needsLift(), answers.deepWaterOk(), answers.preferredDays(),
                answers.preferredTimes());
        return new Registered(id, participant.getFullName(), intakes.submit(id));
    }
}
