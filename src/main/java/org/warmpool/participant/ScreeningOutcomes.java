package org.warmpool.participant;

import org.springframework.stereotype.Component;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;

/**
 * Screening with the thresholds the administrator set (high pain, chronic pain), and what a sent
 * intake's outcome is now that a clearance or a doctor's visit may have been recorded.
 */
@Component
class ScreeningOutcomes {

    private final ProgrammeSettingsService programme;

    ScreeningOutcomes(ProgrammeSettingsService programme) {
        this.programme = programme;
    }

    Screening screening() {
        ProgrammeSettings settings = programme.current();
        return new Screening(settings.getHighPainFrom(), settings.getChronicFromWeeks());
    }

    ScreeningOutcome of(Intake intake) {
        ScreeningOutcome screened = screening().assess(intake.answers());
        if (intake.getOutcome() == ScreeningStatus.RED_FLAG && intake.isDoctorSeen()) {
            if (intake.waitsForClearance()) {
                return new ScreeningOutcome(ScreeningStatus.NEEDS_CLEARANCE, screened.redFlags(),
                        screened.contraindications(), screened.chronic(), screened.highPain(), "A doctor has seen you "
                        + "about the warning signs you told us about. Before your first class we still need a note "
                        + "from your doctor that pool exercise is safe for you; the front desk will open booking.");
            }
            return new ScreeningOutcome(ScreeningStatus.CLEARED, screened.redFlags(), screened.contraindications(),
                    screened.chronic(), screened.highPain(), "A doctor has seen you about the warning signs you told "
                    + "us about, and the clinic has recorded it. You can book classes.");
        }
        if (intake.getOutcome() == ScreeningStatus.NEEDS_CLEARANCE && intake.isCleared()) {
            return new ScreeningOutcome(ScreeningStatus.CLEARED, screened.redFlags(), screened.contraindications(),
                    screened.chronic(), screened.highPain(), "Your doctor's clearance is recorded. You can book "
                    + "classes.");
        }
        return screened;
    }
}
