package org.warmpool.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import org.warmpool.security.UserAccountService;

/** Participants for tests, each with a unique e-mail, name and phone so that tests never clash. */
@Component
public class ParticipantTestData {

    /** A participant who registered themselves: what the login needs, and their participant id. */
    public record Registered(long userId, String email, String name, String phone, long participantId) {
    }

    private final RegistrationService registration;
    private final UserAccountService accounts;
    private final IntakeService intakes;

    ParticipantTestData(RegistrationService registration, UserAccountService accounts, IntakeService intakes) {
        this.registration = registration;
        this.accounts = accounts;
        this.intakes = intakes;
    }

    /** Registers as a visitor would, with a unique e-mail and phone; the name gets a unique suffix. */
    public Registered register(String name) {
        String uniqueName = name + " " + UUID.randomUUID().toString().substring(0, 8);
        String email = "participant-" + UUID.randomUUID() + "@example.org";
        String phone = uniquePhone();
        RegistrationForm form = form(uniqueName, email, phone);
        form.setPassword("warm water on tuesday");
        long participantId = registration.register(form).getId();
        long userId = accounts.findByEmail(email).orElseThrow().getId();
        return new Registered(userId, email, uniqueName, phone, participantId);
    }

    /** A walk-in without e-mail. Needs the front desk (or an administrator) logged in. */
    public long walkIn(String name) {
        return registration.registerWalkIn(form(name + " " + UUID.randomUUID().toString().substring(0, 8), null,
                uniquePhone())).getId();
    }

    /**
     * Fills in and sends the whole intake for the participant, as whoever is logged in: pain 5 for
     * 2 to 11 weeks, a disc problem, steps into the pool, with these red flags and contraindications.
     */
    public ScreeningOutcome sendIntake(long participantId, Set<RedFlag> redFlags,
            Set<Contraindication> contraindications) {
        intakes.savePain(participantId, 5, PainDuration.TWO_TO_11_WEEKS, null);
        intakes.saveCause(participantId, Condition.HERNIATED_DISC);
        intakes.saveRedFlags(participantId, redFlags);
        intakes.saveContraindications(participantId, contraindications);
        intakes.saveAccess(participantId, false, false, EnumSet.of(DayOfWeek.MONDAY), EnumSet.noneOf(TimeOfDay.class));
        return intakes.submit(participantId);
    }

    /** "0161 4" and seven random digits: unique enough for a search by phone. */
    public static String uniquePhone() {
        return "0161 4" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static RegistrationForm form(String name, String email, String phone) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setPhone(phone);
        form.setDateOfBirth(LocalDate.of(1958, 3, 14));
        form.setEmergencyContactName("Emergency Contact");
        form.setEmergencyContactPhone("0161 496 0999");
        form.setConsent(true);
        return form;
    }
}
