package org.warmpool.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.warmpool.security.AppUser;
import org.warmpool.security.Role;

class InstructorRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final LocalTime TEN = LocalTime.of(10, 0);

    private static Instructor ana(CertificationType... types) {
        Instructor ana = new Instructor(new AppUser("ana@example.org", "Ana", "x", Set.of(Role.INSTRUCTOR), null), null);
        for (CertificationType type : types) {
            ana.addCertification(new Certification(type, "N-1", MONDAY.minusYears(1), MONDAY.plusYears(1)));
        }
        return ana;
    }

    @Test
    void cprWaterRescueAndAquaticTherapyQualifyForEveryLevel() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID, CertificationType.WATER_RESCUE,
                CertificationType.AQUATIC_THERAPY);

        for (int level = 0; level <= 3; level++) {
            assertThat(InstructorRules.qualificationProblems(ana, MONDAY, level)).isEmpty();
        }
    }

    @Test
    void aPhysiotherapyLicenceAlsoQualifiesForTheGentleLevels() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID, CertificationType.WATER_RESCUE,
                CertificationType.PHYSIOTHERAPY_LICENCE);

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 0)).isEmpty();
        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void withoutATherapyQualificationTheGentleLevelsAreRefusedInWords(int level) {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID, CertificationType.WATER_RESCUE);

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, level)).containsExactly("level " + level
                + " needs an aquatic-therapy certificate or a physiotherapy licence valid on 8 March 2027, which "
                + "Ana does not have");
        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 2)).isEmpty();
        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 3)).isEmpty();
    }

    @Test
    void everyClassNeedsCprAndWaterRescue() {
        Instructor ana = ana(CertificationType.AQUATIC_THERAPY);

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 3)).containsExactly(
                "Ana has no CPR and first aid certificate", "Ana has no water rescue (lifeguard) certificate");
    }

    @Test
    void aCertificateIsValidOnItsExpiryDateButNotTheDayAfter() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID);
        ana.addCertification(new Certification(CertificationType.WATER_RESCUE, "W-1", MONDAY.minusYears(2), MONDAY));

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 3)).isEmpty();
        assertThat(InstructorRules.qualificationProblems(ana, MONDAY.plusDays(1), 3)).containsExactly(
                "Ana's water rescue (lifeguard) certificate expires on 8 March 2027, before this session");
    }

    @Test
    void aCertificateIssuedAfterTheSessionDoesNotCoverItAndSaysFromWhen() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID);
        ana.addCertification(new Certification(CertificationType.WATER_RESCUE, "W-2", MONDAY.plusDays(1),
                MONDAY.plusYears(2)));

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 3)).containsExactly(
                "Ana's water rescue (lifeguard) certificate is only valid from 9 March 2027");
        assertThat(InstructorRules.qualificationProblems(ana, MONDAY.plusDays(1), 3)).isEmpty();
    }

    @Test
    void aRenewedCertificateCountsEvenWhenTheOldOneExpired() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID);
        ana.addCertification(new Certification(CertificationType.WATER_RESCUE, "OLD", MONDAY.minusYears(3),
                MONDAY.minusYears(1)));
        ana.addCertification(new Certification(CertificationType.WATER_RESCUE, "NEW", MONDAY.minusYears(1),
                MONDAY.plusYears(1)));

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 2)).isEmpty();
    }

    @Test
    void anInstructorWhoLeftTheClinicIsNotQualified() {
        Instructor ana = ana(CertificationType.CPR_FIRST_AID, CertificationType.WATER_RESCUE);
        ana.setActive(false);

        assertThat(InstructorRules.qualificationProblems(ana, MONDAY, 2)).containsExactly("Ana is no longer teaching");
    }

    @Test
    void aSessionInsideTheWeeklyWindowIsFineIncludingItsEdges() {
        Instructor ana = ana();
        ana.addAvailability(new AvailabilityWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));

        assertThat(InstructorRules.availabilityProblems(ana, MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 45))).isEmpty();
        assertThat(InstructorRules.availabilityProblems(ana, MONDAY, LocalTime.of(10, 15), LocalTime.of(11, 0))).isEmpty();
    }

    @Test
    void aSessionRunningPastTheWindowOrOnAnotherDayIsRefusedInWords() {
        Instructor ana = ana();
        ana.addAvailability(new AvailabilityWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0)));

        assertThat(InstructorRules.availabilityProblems(ana, MONDAY, LocalTime.of(10, 30), LocalTime.of(11, 15)))
                .containsExactly("Ana does not teach on Mondays from 10:30 to 11:15");
        assertThat(InstructorRules.availabilityProblems(ana, MONDAY.plusDays(1), TEN, TEN.plusMinutes(45)))
                .containsExactly("Ana does not teach on Tuesdays from 10:00 to 10:45");
    }

    @Test
    void leaveCoversItsFirstAndLastDay() {
        Instructor ana = ana();
        for (DayOfWeek day : EnumSet.allOf(DayOfWeek.class)) {
            ana.addAvailability(new AvailabilityWindow(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
        }
        ana.addLeave(new Leave(MONDAY, MONDAY.plusDays(2), "Sick"));

        assertThat(InstructorRules.availabilityProblems(ana, MONDAY.minusDays(1), TEN, TEN.plusMinutes(45))).isEmpty();
        assertThat(InstructorRules.availabilityProblems(ana, MONDAY, TEN, TEN.plusMinutes(45)))
                .containsExactly("Ana is on leave (Sick) from 8 March 2027 to 10 March 2027");
        assertThat(InstructorRules.availabilityProblems(ana, MONDAY.plusDays(2), TEN, TEN.plusMinutes(45))).hasSize(1);
        assertThat(InstructorRules.availabilityProblems(ana, MONDAY.plusDays(3), TEN, TEN.plusMinutes(45))).isEmpty();
    }
}
