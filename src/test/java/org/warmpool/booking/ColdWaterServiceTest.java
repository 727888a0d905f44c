package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.notification.NotificationService;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.pool.PoolService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduleTestData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionStatus;

/**
 * A pool's heater fails: the reading takes the pool out of matching at once, and one action either
 * cancels every cold class (credits for those with a place) or moves people to a warm class of the
 * same level that day while places last.
 */
@SpringBootTest
@ActiveProfiles("test")
class ColdWaterServiceTest {

    @Autowired
    ColdWaterService coldWater;
    @Autowired
    PoolService pools;
    @Autowired
    BookingService bookings;
    @Autowired
    BookingListService bookingLists;
    @Autowired
    ScheduleService schedule;
    @Autowired
    BookingTestData data;
    @Autowired
    NoticeRecorder notices;
    @Autowired
    NotificationService messages;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicSettings clinic;
    @Autowired
    ScheduleTestData sessions;

    private ScheduledSession cold;
    private ScheduledSession later;
    private Registered ann;
    private Registered bob;
    private Registered cat;
    private Registered dan;

    /** A Level 2 class (needs 30 °C) tomorrow at 10:00 with three places, all taken, and one person waiting. */
    @BeforeEach
    void aFullClassTomorrow() {
        // A day no other test uses, so that the only warm classes that day are this test's.
        LocalDate tomorrow = LocalDate.now(clock).plusDays(2000 + ThreadLocalRandom.current().nextInt(3000));
        clock.moveTo(tomorrow.minusDays(1).atTime(12, 0).atZone(clinic.timeZone()).toInstant());
        cold = data.session(2, 3, tomorrow, "10:00");
        later = asStaff(() -> {
            schedule.createSeries(sessions.once(sessions.level(2), pools.get(cold.poolId()), tomorrow.plusDays(3),
                    "10:00"));
            return schedule.week(tomorrow.plusDays(3), cold.poolId()).stream()
                    .filter(session -> session.date().equals(tomorrow.plusDays(3))).findFirst().orElseThrow();
        });
        ann = data.cleared("Ann");
        bob = data.cleared("Bob");
        cat = data.cleared("Cat");
        dan = data.cleared("Dan");
        for (Registered who : new Registered[] {ann, bob, cat, dan}) {
            asStaff(() -> bookings.bookFor(who.participantId(), cold.id(), true, null));
        }
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private Instant endOfDayAfterTomorrow() {
        return cold.date().plusDays(2).atStartOfDay(clinic.timeZone()).toInstant();
    }

    private void waterMeasured(ScheduledSession session, String celsius) {
        asStaff(() -> pools.recordTemperature(session.poolId(), new BigDecimal(celsius)));
    }

    @Test
    void aColdReadingIsLoggedTakesThePoolOutOfBookingAtOnceAndListsTheColdClassesUntilTheChosenTime() {
        waterMeasured(cold, "28.5");

        assertThat(asStaff(() -> pools.get(cold.poolId())).getWaterTemperature()).isEqualByComparingTo("28.5");
        assertThat(asStaff(() -> pools.temperatureLog(cold.poolId()))).first().satisfies(reading -> {
            assertThat(reading.getCelsius()).isEqualByComparingTo("28.5");
            assertThat(reading.getOccurredAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MINUTES));
            assertThat(reading.getActor()).isNotBlank();
        });
        assertThat(asStaff(() -> coldWater.affectedClasses(cold.poolId(), endOfDayAfterTomorrow())))
                .singleElement().satisfies(affected -> {
                    assertThat(affected.sessionId()).isEqualTo(cold.id());
                    assertThat(affected.booked()).isEqualTo(3);
                    assertThat(affected.waiting()).isEqualTo(1);
                    assertThat(affected.minTemperature()).isEqualByComparingTo("30.0");
                });
        Registered eve = data.cleared("Eve");
        assertThat(later.poolId()).isEqualTo(cold.poolId());
        assertThatThrownBy(() -> as(eve, () -> bookings.bookForMe(later.id(), true)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("28.5");

        waterMeasured(cold, "30.0");
        assertThat(asStaff(() -> coldWater.affectedClasses(cold.poolId(), endOfDayAfterTomorrow()))).isEmpty();
        assertThat(asStaff(() -> pools.temperatureLog(cold.poolId()))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void cancellingAllGivesEveryoneWithAPlaceACreditAndTellsThoseWaitingWhy() {
        waterMeasured(cold, "28.5");

        ColdWaterOutcome outcome = asStaff(() -> coldWater.cancelAll(cold.poolId(), endOfDayAfterTomorrow()));

        assertThat(outcome).isEqualTo(new ColdWaterOutcome(1, 0, 3, 1));
        assertThat(asStaff(() -> schedule.get(cold.id())).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(asStaff(() -> schedule.get(later.id())).status()).isEqualTo(SessionStatus.SCHEDULED);
        for (Registered withPlace : new Registered[] {ann, bob, cat}) {
            assertThat(as(withPlace, () -> bookingLists.myBookings()).credits()).hasSize(1);
        }
        assertThat(as(dan, () -> bookingLists.myBookings()).credits()).isEmpty();
        assertThat(notices.forSession(cold.id(), BookingNotice.Kind.CANCELLED_BY_CLINIC)).hasSize(4)
                .allSatisfy(notice -> assertThat(notice.detail()).contains("28.5 °C").contains("30.0 °C"));
    }

    @Test
    void movingPutsPeopleInAWarmClassOfTheSameLevelThatDayWhilePlacesLastAndCreditsTheOthers() {
        ScheduledSession warm = data.session(2, 2, cold.date(), "11:30");
        ScheduledSession otherLevel = data.session(1, 5, cold.date(), "10:00");
        waterMeasured(cold, "28.5");

        ColdWaterOutcome outcome = asStaff(() -> coldWater.moveOrCancel(cold.poolId(), endOfDayAfterTomorrow()));

        assertThat(outcome).isEqualTo(new ColdWaterOutcome(1, 2, 1, 1));
        assertThat(outcome.describe()).isEqualTo("1 class cancelled: 2 people moved to a warm class of the same "
                + "level, 1 person given a make-up credit, 1 person on a waitlist told.");
        assertThat(asStaff(() -> schedule.get(warm.id())).seatsTaken()).isEqualTo(2);
        assertThat(asStaff(() -> schedule.get(otherLevel.id())).seatsTaken()).isZero();
        assertThat(asStaff(() -> schedule.get(cold.id())).status()).isEqualTo(SessionStatus.CANCELLED);
        // Places go in the order they were booked: Ann and Bob first.
        for (Registered moved : new Registered[] {ann, bob}) {
            MyBookings theirs = as(moved, () -> bookingLists.myBookings());
            assertThat(theirs.upcoming()).singleElement()
                    .satisfies(booking -> assertThat(booking.sessionId()).isEqualTo(warm.id()));
            assertThat(theirs.credits()).isEmpty();
            assertThat(as(moved, () -> messages.myMessages())).anySatisfy(message -> {
                assertThat(message.title()).isEqualTo("Your class has moved");
                assertThat(message.body()).contains("at 10:00 in " + cold.poolName() + " (the water there is too cold)")
                        .contains("at 11:30 in " + warm.poolName());
            });
        }
        assertThat(as(cat, () -> bookingLists.myBookings()).credits()).hasSize(1);
        assertThat(as(cat, () -> messages.myMessages())).anySatisfy(message -> assertThat(message.title())
                .isEqualTo("Class cancelled by the clinic"));
        assertThat(as(dan, () -> bookingLists.myBookings()).upcoming()).isEmpty();
    }

    @Test
    void nobodyIsMovedIntoAClassThatClashesWithAnotherOfTheirs() {
        ScheduledSession warm = data.session(2, 5, cold.date(), "12:00");
        ScheduledSession annsOther = data.session(2, 5, cold.date(), "12:15");
        asStaff(() -> bookings.bookFor(ann.participantId(), annsOther.id(), false, null));
        waterMeasured(cold, "28.5");

        ColdWaterOutcome outcome = asStaff(() -> coldWater.moveOrCancel(cold.poolId(), endOfDayAfterTomorrow()));

        // Bob and Cat take the nearest warm class; Ann, who has a class at 12:15, is not put into it.
        assertThat(outcome.peopleMoved() + outcome.creditsGiven()).isEqualTo(3);
        assertThat(asStaff(() -> schedule.get(warm.id())).seatsTaken()).isEqualTo(2);
        MyBookings annsNow = as(ann, () -> bookingLists.myBookings());
        assertThat(annsNow.upcoming()).extracting(BookingSummary::sessionId).doesNotContain(warm.id())
                .contains(annsOther.id());
        assertThat(annsNow.upcoming()).allSatisfy(one -> assertThat(annsNow.upcoming()).filteredOn(other ->
                other != one && other.date().equals(one.date()) && other.start().isBefore(one.end())
                        && one.start().isBefore(other.end())).isEmpty());
    }

    @Test
    void theTimeChosenMustBeAheadAndWithinTwoWeeksAndTheReadingPlausible() {
        assertThatThrownBy(() -> asStaff(() -> coldWater.cancelAll(cold.poolId(), clock.instant())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("after now");
        assertThatThrownBy(() -> asStaff(() -> coldWater.moveOrCancel(cold.poolId(),
                clock.instant().plus(ColdWaterService.LONGEST_REACH).plusSeconds(60))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("within the next 14 days");
        assertThatThrownBy(() -> waterMeasured(cold, "12.0"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Between 20 and 40 °C");
        assertThatThrownBy(() -> waterMeasured(cold, "29.25"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("one decimal");
        assertThat(asStaff(() -> pools.get(cold.poolId())).getWaterTemperature()).isEqualByComparingTo("34.0");
    }
}
