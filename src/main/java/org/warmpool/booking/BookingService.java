package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.matching.Reason;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Rejection;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.recommendation.Verdict;
import org.warmpool.schedule.CapacityRaised;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionCancelled;
import org.warmpool.schedule.SessionMoved;
import org.warmpool.schedule.SessionOffer;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Booking places, waitlists and cancellations. Each decision locks the participant row (no two
 * overlapping classes) and then the session row (no place given twice); the database's CHECK on
 * the places taken and its unique constraint on active bookings hold even across app nodes.
 */
@Service
@Transactional
public class BookingService {


    private final BookingRepository bookings;
    private final MakeupCreditRepository credits;
    private final BookingLogRepository log;
    private final SessionSeats seats;
    private final ParticipantDirectory participants;
    private final IntakeService intakes;
    private final RecommendationService recommendations;
    private final Promotions promotions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicSettings clinic;

    BookingService(BookingRepository bookings, MakeupCreditRepository credits, BookingLogRepository log,
            SessionSeats seats, ParticipantDirectory participants, IntakeService intakes,
            RecommendationService recommendations, Promotions promotions, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, ClinicSettings clinic) {
        this.bookings = bookings;
        this.credits = credits;
        this.log = log;
        this.seats = seats;
        this.participants = participants;
        this.intakes = intakes;
        this.recommendations = recommendations;
        this.promotions = promotions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.clinic = clinic;
    }

    /**
     * The logged-in participant books a place: CONFIRMED while places are left; when the class is
     * full, a place in the waitlist if {@code waitlistIfFull}, else a refusal that offers it.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    public BookingResult bookForMe(long sessionId, boolean waitlistIfFull) {
        return book(intakes.myParticipantId(), sessionId, waitlistIfFull, null, null);
    }

    /** The logged-in participant books a free place with a make-up credit. */
    @RolesAllowed(Roles.PARTICIPANT)
    public BookingResult bookForMeWithCredit(long sessionId, long creditId) {
        return book(intakes.myParticipantId(), sessionId, false, null, creditId);
    }

    /**
     * The front desk books for a participant, under the same rules. A class whose level does not
     * suit them may still be booked with {@code overrideReason}, which is recorded; a red flag,
     * a missing clearance, the pool and the water depth cannot be overridden.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public BookingResult bookFor(long participantId, long sessionId, boolean waitlistIfFull, String overrideReason) {
        return book(participantId, sessionId, waitlistIfFull, blankToNull(overrideReason), null);
    }

    private BookingResult book(long participantId, long sessionId, boolean waitlistIfFull, String overrideReason,
            Long creditId) {
        if (overrideReason != null && overrideReason.length() > Booking.OVERRIDE_REASON_MAX_LENGTH) {
            throw new RuleViolationException("The reason can be " + Booking.OVERRIDE_REASON_MAX_LENGTH
                    + " characters at most.");
        }
        Participant participant = participants.lock(participantId);
        SessionSeats.Locked locked = seats.lock(sessionId);
        ClassSession session = locked.session();
        Instant now = clock.instant();
        refuseUnbookable(session, now);
        boolean staff = isStaff();
        String you = staff ? participant.getFullName() + " has" : "You have";
        bookings.findActive(sessionId, participantId).ifPresent(existing -> {
            throw new RuleViolationException(existing.getStatus() == BookingStatus.CONFIRMED
                    ? you + " a place in this class already."
                    : you + " a place in this class's waitlist already.");
        });
        int waiting = bookings.countWaiting(sessionId);
        String override = checkSuits(participant, locked, waiting, overrideReason, staff);
        refuseOverlap(participantId, session, you);
        MakeupCredit credit = creditId == null ? null : usableCredit(creditId, participantId, session);

        Booking booking;
        // After the cut-off a freed place waits for the front desk to give it to someone in line; a
        // participant booking themselves then joins the line instead of jumping it.
        if (locked.seatsLeft() > 0 && (waiting == 0 || staff)) {
            seats.take(sessionId);
            booking = Booking.confirmed(session, participant, now, actor());
        } else if (credit != null) {
            throw new RuleViolationException("A make-up credit books a free place, and this class has none. "
                    + "Choose a class with places left.");
        } else if (!waitlistIfFull) {
            throw new RuleViolationException("The last place in this class has just gone. You can join the "
                    + "waitlist instead.");
        } else if (waiting >= promotions.maxWaitlist()) {
            throw new RuleViolationException("This class and its waitlist are full. Please choose another class.");
        } else {
            booking = Booking.waitlisted(session, participant, bookings.lastWaitlistPosition(sessionId) + 1, now,
                    actor());
        }
        if (credit != null) {
            credit.use(now);
            booking.usingCredit(credit);
        }
        if (override != null) {
            booking.overriddenBecause(override);
        }
        bookings.saveAndFlush(booking);
        if (override != null) {
            log.save(new BookingLogEntry(booking.getId(), now, actor(), "LEVEL_OVERRIDE", override));
        }
        int position = booking.getStatus() == BookingStatus.WAITLISTED ? waiting + 1 : 0;
        events.publishEvent(BookingNotice.of(booking.getStatus() == BookingStatus.CONFIRMED
                ? BookingNotice.Kind.CONFIRMED : BookingNotice.Kind.WAITLISTED, booking,
                position == 0 ? null : position, null, null));
        return new BookingResult(booking.getId(), booking.getStatus(), position);
    }

    private static void refuseUnbookable(ClassSession session, Instant now) {
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new RuleViolationException("This class was cancelled by the clinic. Please choose another class.");
        }
        if (!session.getStartsAt().isAfter(now)) {
            throw new RuleViolationException("This class has already started or taken place. Please choose a "
                    + "later class.");
        }
    }

    /** The matcher's rules; returns the recorded override reason, or null when none was needed. */
    private String checkSuits(Participant participant, SessionSeats.Locked locked, int waiting, String overrideReason,
            boolean staff) {
        Verdict verdict = recommendations.judge(participant.getId(), SessionOffer.of(locked.session()),
                locked.seatsTaken(), waiting);
        if (verdict.blockedBecause() != null) {
            throw new RuleViolationException(staff
                    ? participant.getFullName() + " cannot book now. " + verdict.blockedBecause()
                    : verdict.blockedBecause());
        }
        List<Reason> broken = verdict.brokenRules().stream().filter(r -> !(r instanceof Reason.WaitlistFull))
                .toList();
        if (broken.isEmpty()) {
            return null;
        }
        String why = String.join(" ", ReasonWords.all(broken));
        boolean levelOnly = broken.stream().allMatch(Rejection::isLevelRule);
        if (!staff) {
            throw new RuleViolationException("This class does not suit you: " + why);
        }
        if (!levelOnly) {
            throw new RuleViolationException("This class does not suit " + participant.getFullName() + ": " + why
                    + " This cannot be overridden.");
        }
        if (overrideReason == null) {
            throw new RuleViolationException("This class does not suit " + participant.getFullName() + ": " + why
                    + " To book it anyway, give a reason for the override.");
        }
        return overrideReason;
    }

    private void refuseOverlap(long participantId, ClassSession session, String you) {
        List<Booking> overlapping = bookings.findActiveOverlapping(participantId, session.getId(),
                session.getStartsAt(), session.getEndsAt());
        if (!overlapping.isEmpty()) {
            ClassSession other = overlapping.get(0).getSession();
            throw new RuleViolationException(you + " another class at that time: " + other.getLevel().title() + " on "
                    + other.getDate().format(ClinicFormats.DAY_SHORT) + " at " + other.getStartTime()
                    + ". Cancel it first, or choose "
                    + "another class.");
        }
    }

    private MakeupCredit usableCredit(long creditId, long participantId, ClassSession session) {
        MakeupCredit credit = credits.findById(creditId)
                .filter(c -> c.getParticipant().getId() == participantId)
                .orElseThrow(() -> new RuleViolationException("This make-up credit is not yours."));
        if (!credit.usableOn(session.getDate(), LocalDate.now(clock.withZone(clinic.timeZone())))) {
            throw new RuleViolationException(credit.getUsedAt() != null ? "This make-up credit was used already."
                    : "This make-up credit is valid until " + credit.getValidUntil().format(ClinicFormats.DAY_SHORT)
                    + ". Choose a class on or before that day.");
        }
        return credit;
    }

    /**
     * Cancels a place or leaves the waitlist, at any time before the class starts. Inside the late
     * window a place is recorded as a late cancellation. A freed place goes to the first in line.
     *
     * @return the cancelled booking as it is now
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    public BookingSummary cancel(long bookingId) {
        long sessionId = bookings.sessionIdOf(bookingId)
                .orElseThrow(() -> new RuleViolationException("This booking no longer exists."));
        SessionSeats.Locked locked = seats.lock(sessionId);
        Booking booking = bookings.findWithDetails(bookingId).orElseThrow();
        checkOwnerOrStaff(booking);
        if (!booking.isActive()) {
            throw new RuleViolationException("This booking was cancelled already.");
        }
        Instant now = clock.instant();
        if (!booking.getSession().getStartsAt().isAfter(now)) {
            throw new RuleViolationException("This class has started or taken place. The front desk or the "
                    + "instructor records who came.");
        }
        boolean hadPlace = booking.getStatus() == BookingStatus.CONFIRMED;
        boolean late = hadPlace && promotions.windows().isLate(booking.getSession().getStartsAt(), now);
        booking.cancel(now, actor(), late, false);
        if (booking.getCredit() != null && !late) {
            booking.getCredit().giveBack();
        }
        bookings.flush();
        if (hadPlace) {
            seats.release(sessionId);
            promotions.fill(locked.session(), 1);
        }
        return BookingSummaries.of(booking, 0, false, false);
    }

    /** The clinic cancelled a class: everyone is told; those with a place get a make-up credit. */
    @EventListener
    void onSessionCancelled(SessionCancelled cancelled) {
        SessionSeats.Locked locked = seats.lock(cancelled.sessionId());
        Instant now = clock.instant();
        LocalDate validUntil = promotions.windows().creditValidUntil(LocalDate.now(clock.withZone(clinic.timeZone())));
        for (Booking booking : bookings.findActiveOnSession(cancelled.sessionId())) {
            boolean hadPlace = booking.getStatus() == BookingStatus.CONFIRMED;
            booking.cancel(now, actor(), false, true);
            bookings.flush();
            LocalDate credit = null;
            if (hadPlace) {
                seats.release(locked.session().getId());
                credits.save(new MakeupCredit(booking.getParticipant(), locked.session(), now, validUntil));
                credit = validUntil;
            }
            events.publishEvent(BookingNotice.of(BookingNotice.Kind.CANCELLED_BY_CLINIC, booking, null,
                    cancelled.reason(), credit));
        }
    }

    /** The clinic moved a class: everyone booked or waiting keeps their place and is told. */
    @EventListener
    void onSessionMoved(SessionMoved moved) {
        bookings.flush();
        String before = moved.oldDate().format(ClinicFormats.DAY_SHORT) + " at " + moved.oldStart() + " in "
                + moved.oldPoolName();
        for (Booking booking : bookings.findActiveOnSession(moved.sessionId())) {
            events.publishEvent(BookingNotice.of(BookingNotice.Kind.MOVED, booking, null, before, null));
        }
    }

        /** More places on a session: the waitlist moves up (before the cut-off). */
    @EventListener
    void onCapacityRaised(CapacityRaised raised) {
        SessionSeats.Locked locked = seats.lock(raised.sessionId());
        promotions.fill(locked.session(), locked.seatsLeft());
    }

    /** The logged-in participant's bookings: upcoming first (soonest first), then past (latest first). */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public MyBookings myBookings() {
        return bookingsOf(intakes.myParticipantId());
    }

    /** A participant's bookings and credits, for the participant themselves or the front desk. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public MyBookings bookingsOf(long participantId) {
        checkOwnerOrStaff(participantId);
        Instant now = clock.instant();
        BookingWindows windows = promotions.windows();
        List<BookingSummary> upcoming = bookings.findOfParticipantFrom(participantId, now).stream()
                .map(b -> view(b, windows, now)).toList();
        List<BookingSummary> past = bookings.findOfParticipantBefore(participantId, now).stream()
                .map(b -> view(b, windows, now)).toList();
        LocalDate today = LocalDate.now(clock.withZone(clinic.timeZone()));
        List<CreditSummary> creditViews = credits.findOfParticipant(participantId).stream()
                .map(c -> new CreditSummary(c.getId(), c.getSourceSession().getLevel().title(),
                        c.getSourceSession().getDate(), c.getValidUntil(), c.getUsedAt() != null,
                        today.isAfter(c.getValidUntil())))
                .toList();
        return new MyBookings(upcoming, past, creditViews);
    }

    private BookingSummary view(Booking booking, BookingWindows windows, Instant now) {
        boolean cancellable = booking.isActive() && booking.getSession().getStartsAt().isAfter(now);
        int position = cancellable && booking.getStatus() == BookingStatus.WAITLISTED
                ? bookings.positionInWaitlist(booking.getSession().getId(), booking.getWaitlistPosition()) : 0;
        boolean late = cancellable && booking.getStatus() == BookingStatus.CONFIRMED
                && windows.isLate(booking.getSession().getStartsAt(), now);
        return BookingSummaries.of(booking, position, late, cancellable);
    }

    private void checkOwnerOrStaff(Booking booking) {
        checkOwnerOrStaff(booking.getParticipant().getId());
    }

    private void checkOwnerOrStaff(long participantId) {
        if (isStaff()) {
            return;
        }
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId).orElse(-1L);
        Optional<Participant> me = participants.ofUser(userId);
        if (me.isEmpty() || me.get().getId() != participantId) {
            throw new AccessDeniedException("Bookings of another participant");
        }
    }

    private boolean isStaff() {
        return currentUser.isStaff();
    }

    String actor() {
        return currentUser.actor();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
