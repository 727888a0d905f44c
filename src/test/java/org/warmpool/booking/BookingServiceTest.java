package org.warmpool.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;
import static org.warmpool.booking.BookingTestData.asStaff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.SqlSent;
import org.warmpool.TestClock;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.participant.RedFlag;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SessionChangeService;
import org.warmpool.security.SystemTasks;

@SpringBootTest
@ActiveProfiles("test")
class BookingServiceTest {

    @Autowired
    BookingService bookings;
    @Autowired
    BookingListService bookingLists;
    @Autowired
    CancellationService cancellations;
    @Autowired
    WaitlistService waitlists;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionChangeService sessionChanges;
    @Autowired
    BookingTestData data;
    @Autowired
    BookingLogRepository log;
    @Autowired
    TestClock clock;
    @Autowired
    ProgrammeSettingsService programme;
    @Autowired
    NoticeRecorder notices;
    @Autowired
    org.warmpool.participant.ParticipantTestData participantData;
    @Autowired
    org.warmpool.notification.NotificationService messages;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
    }

    private BookingResult book(Registered who, ScheduledSession session) {
        return as(who, () -> bookings.bookForMe(session.id(), true));
    }

    private int seatsTaken(ScheduledSession session) {
        return asStaff(() -> schedule.get(session.id()).seatsTaken());
    }

    @Test
    void placesAreConfirmedWhileTheyLastThenTheWaitlistTakesPeopleInOrder() {
        ScheduledSession session = data.levelTwo(2, 3, "08:00");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        Registered cat = data.cleared("Cat");
        Registered dan = data.cleared("Dan");

        assertThat(book(ann, session).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(book(bob, session).status()).isEqualTo(BookingStatus.CONFIRMED);
        BookingResult third = book(cat, session);
        BookingResult fourth = book(dan, session);

        assertThat(third.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(third.waitlistPosition()).isEqualTo(1);
        assertThat(fourth.waitlistPosition()).isEqualTo(2);
        assertThat(seatsTaken(session)).isEqualTo(2);
        assertThat(as(dan, () -> bookingLists.myBookings()).upcoming()).singleElement()
                .satisfies(view -> assertThat(view.statusText()).isEqualTo("Waitlist: number 2"));
    }

    @Test
    void withoutAWaitlistWishAFullClassSaysTheLastPlaceWentAndOffersTheWaitlist() {
        ScheduledSession session = data.levelTwo(1, 3, "08:30");
        book(data.cleared("First"), session);
        Registered late = data.cleared("Second");

        assertThatThrownBy(() -> as(late, () -> bookings.bookForMe(session.id(), false)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("join the waitlist");
        assertThat(as(late, () -> bookingLists.myBookings()).upcoming()).isEmpty();
    }

    @Test
    void cancellingAPlaceGivesItToTheFirstInLineAndCountsTheSame() {
        ScheduledSession session = data.levelTwo(1, 3, "09:00");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        Registered cat = data.cleared("Cat");
        long annBooking = book(ann, session).bookingId();
        book(bob, session);
        book(cat, session);

        BookingSummary cancelled = as(ann, () -> cancellations.cancel(annBooking));

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.lateCancellation()).isFalse();
        assertThat(as(bob, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(as(cat, () -> bookingLists.myBookings()).upcoming().get(0).waitlistPosition()).isEqualTo(1);
        assertThat(seatsTaken(session)).isEqualTo(1);
    }

    @Test
    void aCancellationInsideTheLateWindowIsRecordedAsLate() {
        ScheduledSession session = data.levelTwo(4, 3, "10:00");
        Registered ann = data.cleared("Ann");
        long booking = book(ann, session).bookingId();
        clock.moveTo(data.startOf(session).minus(Duration.ofHours(11)));

        BookingSummary before = as(ann, () -> bookingLists.myBookings()).upcoming().get(0);
        BookingSummary cancelled = as(ann, () -> cancellations.cancel(booking));

        assertThat(before.lateIfCancelledNow()).isTrue();
        assertThat(cancelled.lateCancellation()).isTrue();
        assertThat(cancelled.statusText()).isEqualTo("Cancelled late");
    }

    @Test
    void justOutsideTheLateWindowTheCancellationIsNotLate() {
        ScheduledSession session = data.levelTwo(4, 3, "10:30");
        Registered ann = data.cleared("Ann");
        long booking = book(ann, session).bookingId();
        clock.moveTo(data.startOf(session).minus(Duration.ofHours(13)));

        assertThat(as(ann, () -> cancellations.cancel(booking)).lateCancellation()).isFalse();
    }

    @Test
    void theLateWindowIsTheOneTheAdministratorSet() {
        ScheduledSession session = data.levelTwo(4, 3, "10:45");
        Registered ann = data.cleared("Ann");
        long booking = book(ann, session).bookingId();
        ProgrammeSettings settings = asStaff(programme::current);
        settings.setLateCancelHours(24);
        asStaff(() -> programme.save(settings));
        try {
            clock.moveTo(data.startOf(session).minus(Duration.ofHours(20)));
            assertThat(as(ann, () -> cancellations.cancel(booking)).lateCancellation()).isTrue();
        } finally {
            ProgrammeSettings again = asStaff(programme::current);
            again.setLateCancelHours(12);
            asStaff(() -> programme.save(again));
        }
    }

    @Test
    void afterTheCutOffAFreedPlaceWaitsForTheFrontDeskToPromoteByHand() {
        ScheduledSession session = data.levelTwo(1, 3, "11:00");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        long annBooking = book(ann, session).bookingId();
        long bobBooking = book(bob, session).bookingId();
        clock.moveTo(data.startOf(session).minus(Duration.ofMinutes(90)));

        as(ann, () -> cancellations.cancel(annBooking));

        Waitlist waitlist = asStaff(() -> waitlists.waitlist(session.id()));
        assertThat(waitlist.seatsFree()).isEqualTo(1);
        assertThat(waitlist.promoteByHand()).isTrue();
        assertThat(as(bob, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.WAITLISTED);

        SystemTasks.runAsStaff(() -> waitlists.promoteByHand(bobBooking));

        assertThat(as(bob, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(log.findByBookingIdOrderByOccurredAt(bobBooking)).extracting(BookingLogEntry::getAction)
                .containsExactly("PROMOTED_BY_HAND");
        assertThat(seatsTaken(session)).isEqualTo(1);
    }

    @Test
    void afterTheCutOffAParticipantCannotTakeTheFreedPlaceAheadOfThoseWaitingButTheFrontDeskCan() {
        ScheduledSession session = data.levelTwo(1, 3, "11:15");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        Registered cat = data.cleared("Cat");
        long annBooking = book(ann, session).bookingId();
        book(bob, session);
        clock.moveTo(data.startOf(session).minus(Duration.ofMinutes(60)));
        as(ann, () -> cancellations.cancel(annBooking));

        BookingResult late = book(cat, session);
        assertThat(late.status()).isEqualTo(BookingStatus.WAITLISTED);
        assertThat(late.waitlistPosition()).isEqualTo(2);

        Registered dan = data.cleared("Dan");
        BookingResult byDesk = asStaff(() -> bookings.bookFor(dan.participantId(), session.id(), false, null));
        assertThat(byDesk.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void promotingByHandNeedsAFreePlace() {
        ScheduledSession session = data.levelTwo(1, 3, "11:30");
        book(data.cleared("Ann"), session);
        long waiting = book(data.cleared("Bob"), session).bookingId();

        assertThatThrownBy(() -> SystemTasks.runAsStaff(() -> waitlists.promoteByHand(waiting)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("No place is free");
    }

    @Test
    void morePlacesMoveTheWaitlistUpInOrder() {
        ScheduledSession session = data.levelTwo(1, 3, "12:00");
        book(data.cleared("Ann"), session);
        Registered bob = data.cleared("Bob");
        Registered cat = data.cleared("Cat");
        Registered dan = data.cleared("Dan");
        book(bob, session);
        book(cat, session);
        book(dan, session);

        data.capacity(session.id(), 3);

        assertThat(as(bob, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(as(cat, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(as(dan, () -> bookingLists.myBookings()).upcoming().get(0).waitlistPosition()).isEqualTo(1);
        assertThat(seatsTaken(session)).isEqualTo(3);
    }

    @Test
    void placesCannotBeReducedBelowThoseBooked() {
        ScheduledSession session = data.levelTwo(3, 3, "12:30");
        book(data.cleared("Ann"), session);
        book(data.cleared("Bob"), session);

        assertThatThrownBy(() -> data.capacity(session.id(), 1)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("2 places are booked");
        assertThat(asStaff(() -> schedule.get(session.id()).capacity())).isEqualTo(3);
    }

    @Test
    void aRedFlagClosesBookingEvenForTheFrontDeskWithAReason() {
        ScheduledSession session = data.levelTwo(4, 3, "13:00");
        Registered rita = data.screened("Rita", Set.of(RedFlag.SADDLE_NUMBNESS), Set.of());

        assertThatThrownBy(() -> book(rita, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("contact a doctor");
        assertThatThrownBy(() -> asStaff(() -> bookings.bookFor(rita.participantId(), session.id(), true,
                "She insists")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot book now");
        assertThat(seatsTaken(session)).isZero();
    }

    @Test
    void aContraindicationWaitsForClearance() {
        ScheduledSession session = data.levelTwo(4, 3, "13:30");
        Registered carl = data.screened("Carl", Set.of(), Set.of(Contraindication.OPEN_WOUND_OR_SKIN_INFECTION));

        assertThatThrownBy(() -> book(carl, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("doctor's note");
    }

    @Test
    void aLevelThatDoesNotSuitIsRefusedToTheParticipantAndNeedsARecordedReasonFromStaff() {
        ScheduledSession gentlest = data.session(0, 4, LocalDate.now(clock).plusDays(3), "14:00");
        Registered ann = data.cleared("Ann");

        assertThatThrownBy(() -> book(ann, gentlest)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("does not suit you");
        assertThatThrownBy(() -> asStaff(() -> bookings.bookFor(ann.participantId(), gentlest.id(), true, " ")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("give a reason for the override");

        BookingResult booked = asStaff(() -> bookings.bookFor(ann.participantId(), gentlest.id(), true,
                "Flare-up this week; physio asked for the gentlest class"));

        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(log.findByBookingIdOrderByOccurredAt(booked.bookingId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo("LEVEL_OVERRIDE");
                    assertThat(entry.getReason()).contains("physio");
                });
    }

    @Test
    void deepWaterCannotBeOverridden() {
        ScheduledSession conditioning = data.session(3, 4, LocalDate.now(clock).plusDays(3), "14:30");
        Registered ann = data.cleared("Ann");

        assertThatThrownBy(() -> asStaff(() -> bookings.bookFor(ann.participantId(), conditioning.id(), true,
                "She wants to try")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be overridden");
    }

    @Test
    void pastAndCancelledClassesCannotBeBooked() {
        ScheduledSession session = data.levelTwo(4, 3, "15:00");
        Registered ann = data.cleared("Ann");
        clock.moveTo(data.startOf(session).plusSeconds(60));
        assertThatThrownBy(() -> book(ann, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already started");
        clock.reset();

        SystemTasks.runAsStaff(() -> schedule.cancelSession(session.id(), "Pool heating broke"));
        assertThatThrownBy(() -> book(ann, session)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cancelled by the clinic");
    }

    @Test
    void oneActiveBookingPerClassAndNoTwoClassesAtTheSameTime() {
        LocalDate day = LocalDate.now(clock).plusDays(4);
        ScheduledSession first = data.session(2, 4, day, "16:00");
        ScheduledSession overlapping = data.session(2, 4, day, "16:30");
        Registered ann = data.cleared("Ann");
        book(ann, first);

        assertThatThrownBy(() -> book(ann, first)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("a place in this class already");
        assertThatThrownBy(() -> book(ann, overlapping)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another class at that time");
    }

    @Test
    void aCancelledPlaceCanBeBookedAgain() {
        ScheduledSession session = data.levelTwo(4, 3, "16:30");
        Registered ann = data.cleared("Ann");
        long first = book(ann, session).bookingId();
        as(ann, () -> cancellations.cancel(first));

        assertThat(book(ann, session).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(seatsTaken(session)).isEqualTo(1);
    }

    @Test
    void aClinicCancellationCancelsEveryBookingAndGivesThoseWithAPlaceACredit() {
        ScheduledSession session = data.levelTwo(1, 5, "17:00");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        book(ann, session);
        book(bob, session);

        SystemTasks.runAsStaff(() -> schedule.cancelSession(session.id(), "Pool closed for repairs"));

        MyBookings annNow = as(ann, () -> bookingLists.myBookings());
        assertThat(annNow.upcoming()).isEmpty();
        assertThat(annNow.cancelled()).singleElement().satisfies(view -> {
            assertThat(view.statusText()).isEqualTo("Cancelled by the clinic");
            assertThat(view.clinicReason()).isEqualTo("Pool closed for repairs");
        });
        assertThat(annNow.credits()).singleElement().satisfies(credit -> {
            assertThat(credit.usable()).isTrue();
            assertThat(credit.validUntil()).isEqualTo(LocalDate.now(clock).plusDays(60));
        });
        assertThat(as(bob, () -> bookingLists.myBookings()).credits()).isEmpty();
        assertThat(seatsTaken(session)).isZero();
    }

    @Test
    void aCreditBooksOneFreePlaceOnceAndComesBackWhenCancelledInGoodTime() {
        ScheduledSession cancelled = data.levelTwo(3, 5, "17:30");
        ScheduledSession makeUp = data.levelTwo(3, 6, "17:30");
        ScheduledSession another = data.levelTwo(3, 7, "17:30");
        Registered ann = data.cleared("Ann");
        book(ann, cancelled);
        SystemTasks.runAsStaff(() -> schedule.cancelSession(cancelled.id(), "Instructor ill"));
        long credit = as(ann, () -> bookingLists.myBookings()).credits().get(0).creditId();

        BookingResult used = as(ann, () -> bookings.bookForMeWithCredit(makeUp.id(), credit));
        assertThat(used.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(as(ann, () -> bookingLists.myBookings()).credits().get(0).used()).isTrue();
        assertThatThrownBy(() -> as(ann, () -> bookings.bookForMeWithCredit(another.id(), credit)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("used already");

        as(ann, () -> cancellations.cancel(used.bookingId()));
        assertThat(as(ann, () -> bookingLists.myBookings()).credits().get(0).usable()).isTrue();
    }

    @Test
    void movingABookedClassKeepsThePlacesAndTellsEveryoneWhenItWasAndIsNow() {
        ScheduledSession session = data.levelTwo(1, 9, "08:15");
        Registered ann = data.cleared("Ann");
        Registered bob = data.cleared("Bob");
        book(ann, session);
        book(bob, session);

        SystemTasks.runAsStaff(() -> {
            var change = schedule.changeFor(session.id());
            change.setStartTime(java.time.LocalTime.of(9, 45));
            sessionChanges.editSession(session.id(), change);
        });

        assertThat(notices.forSession(session.id(), BookingNotice.Kind.MOVED))
                .extracting(BookingNotice::participantId)
                .containsExactlyInAnyOrder(ann.participantId(), bob.participantId());
        assertThat(as(ann, () -> messages.myMessages())).anySatisfy(message -> {
            assertThat(message.title()).isEqualTo("Your class has moved");
            assertThat(message.body()).contains("that was on " + session.date().format(ClinicFormats.DAY_SHORT)
                    + " at 08:15 in " + session.poolName()).contains("at 09:45").contains("Your place is kept.");
        });
        assertThat(as(bob, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.WAITLISTED);
    }

    @Test
    void aParticipantCannotSeeOrCancelAnotherParticipantsBooking() {
        ScheduledSession session = data.levelTwo(4, 3, "18:00");
        Registered ann = data.cleared("Ann");
        Registered eve = data.cleared("Eve");
        long annBooking = book(ann, session).bookingId();

        assertThatThrownBy(() -> as(eve, () -> cancellations.cancel(annBooking)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(eve, () -> bookingLists.bookingsOf(ann.participantId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(ann, () -> bookingLists.myBookings()).upcoming().get(0).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void theFrontDeskReordersTheWaitlistOnlyWithAReason() {
        ScheduledSession session = data.levelTwo(1, 3, "18:30");
        book(data.cleared("Ann"), session);
        Registered bob = data.cleared("Bob");
        Registered cat = data.cleared("Cat");
        book(bob, session);
        long catBooking = book(cat, session).bookingId();

        assertThatThrownBy(() -> SystemTasks.runAsStaff(() -> waitlists.move(catBooking, true, "")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Give a reason");
        SystemTasks.runAsStaff(() -> waitlists.move(catBooking, true, "Came for every class last month"));

        List<String> order = asStaff(() -> waitlists.waitlist(session.id())).entries().stream()
                .map(WaitlistEntry::participantName).toList();
        assertThat(order).containsExactly(cat.name(), bob.name());
        assertThat(log.findByBookingIdOrderByOccurredAt(catBooking)).extracting(BookingLogEntry::getReason)
                .containsExactly("Came for every class last month");
    }

    /**
     * A booking sends the same few SQL statements however long the participant's history: the
     * judgement reads their latest intake alone, the duplicate and overlap checks one projection
     * (docs/performance.md, "Benchmark 2"). Fewer statements is fine; lower the figure then.
     */
    @Test
    void aBookingSendsTheSameFewStatementsHoweverLongTheParticipantsHistory() {
        Registered eve = data.cleared("Eve Statements");
        ScheduledSession firstClass = data.levelTwo(8, 3, "07:00");
        List<String> first = SqlSent.allDuring(() -> book(eve, firstClass));
        for (int i = 0; i < 3; i++) {
            SystemTasks.runAsStaff(() -> participantData.sendIntake(eve.participantId(), Set.of(), Set.of()));
            book(eve, data.levelTwo(8, 4 + i, "07:00"));
        }
        ScheduledSession laterClass = data.levelTwo(8, 9, "07:00");

        List<String> later = SqlSent.allDuring(() -> book(eve, laterClass));

        assertThat(later).hasSameSizeAs(first);
        assertThat(later).as("statements of one booking: %s", later).hasSizeLessThanOrEqualTo(11);
    }
}
