package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.ClearanceService;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RedFlag;
import org.warmpool.schedule.ScheduledSession;

/** A red flag closes booking until staff record that a doctor has seen the person; then it opens. */
@SpringBootTest
@ActiveProfiles("test")
class DoctorSeenBookingTest {

    @Autowired
    BookingService bookings;
    @Autowired
    BookingTestData data;
    @Autowired
    ClearanceService clearances;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    private BookingResult book(Registered who, ScheduledSession session) {
        return as(who, () -> bookings.bookForMe(session.id(), true));
    }

    private void doctorSeen(Registered who) {
        asStaff(() -> {
            clearances.recordDoctorSeen(who.participantId(), LocalDate.now(clock), "Dr Ada Okafor", "MRI clear");
            return null;
        });
    }

    @Test
    void sciaticaInBothLegsRefusesBookingUntilADoctorHasSeenThePersonThenABookingIsConfirmed() {
        ScheduledSession session = data.levelTwo(4, 3, "14:00");
        Registered bo = data.screened("Bo", Set.of(RedFlag.SCIATICA_BOTH_LEGS), Set.of());

        assertThatThrownBy(() -> book(bo, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contact a doctor");

        doctorSeen(bo);

        assertThat(book(bo, session).status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void aRedFlagWithAHealthMatterNeedsTheClearanceTooAfterTheDoctorsVisit() {
        ScheduledSession session = data.levelTwo(4, 3, "14:30");
        Registered cy = data.screened("Cy", Set.of(RedFlag.SADDLE_NUMBNESS), Set.of(Contraindication.RECENT_SURGERY));

        doctorSeen(cy);
        assertThatThrownBy(() -> book(cy, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("doctor's note");

        asStaff(() -> {
            clearances.recordClearance(cy.participantId(), LocalDate.now(clock), "Dr Patel", null);
            return null;
        });
        assertThat(book(cy, session).status()).isEqualTo(BookingStatus.CONFIRMED);
    }
}
