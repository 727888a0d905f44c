package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.matching.Reason;
import org.warmpool.matching.ReasonWords;
import org.warmpool.matching.Rejection;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.program.ClassLevel;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.recommendation.Verdict;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.SessionOffer;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.schedule.SessionStatus;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * Taking a place: a confirmed place or a place in the waitlist, for oneself or by the front desk,
 * with a make-up credit or a recorded override. Each decision locks the participant row (no two
 * overlapping classes) and then, for the seat decision alone, the session row (no place given
 * twice); the database's CHECK on the places taken and its unique constraints on active bookings
 * and waitlist positions hold even across app nodes.
 */
@Service
@Transactional
public class BookingService {


    private final BookingRepository bookings;
    private final BookingRows rows;
    private final MakeupCreditRepository credits;
    private final BookingLogRepository log;
    private final SessionSeats seats;
    private final ParticipantDirectory participants;
    private final MyParticipant me;
    private final RecommendationService recommendations;
    private final Promotions promotions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicSettings clinic;

    BookingService(BookingRepository bookings, BookingRows rows, MakeupCreditRepository credits,
            BookingLogRepository log, SessionSeats seats, ParticipantDirectory participants, MyParticipant me,
            RecommendationService recommendations, Promotions promotions, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, ClinicSettings clinic) {
        this.bookings = bookings;
        this.rows = rows;
        this.credits = credits;
        this.log = log;
        this.seats = seats;
        this.participants = participants;
        this.me = me;
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
        return book(me.lock(), sessionId, waitlistIfFull, null, null);
    }

    /** The logged-in participant books a free place with a make-up credit. */
    @RolesAllowed(Roles.PARTICIPANT)
    public BookingResult bookForMeWithCredit(long sessionId, long creditId) {
        return book(me.lock(), sessionId, false, null, creditId);
    }

    /**
     * The front desk books for a participant, under the same rules. A class whose level does not
     * suit them may still be booked with {@code overrideReason}, which is recorded; a red flag,
     * a missing clearance, the pool and the water depth cannot be overridden.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public BookingResult bookFor(long participantId, long sessionId, boolean waitlistIfFull, String overrideReason) {
        String reason = Texts.blankToNull(overrideReason);
        if (reason != null && reason.length() > Booking.OVERRIDE_REASON_MAX_LENGTH) {
            throw new RuleViolationException("The reason can be " + Booking.OVERRIDE_REASON_MAX_LENGTH
                    + " characters at most.");
        }
        return book(participants.lock(participantId), sessionId, waitlistIfFull, reason, null);
    }

    /**
     * Everything that does not depend on the places is checked before the class's lock, so that
     * the lock is held only for the seat decision and the insert: many people booking one popular
     * class then wait for each other only that long, not for each other's whole booking.
     */
    private BookingResult book(Participant participant, long sessionId, boolean waitlistIfFull, String overrideReason,
            Long creditId) {
        // The participant's row is locked (by the caller, first) until the commit, and every path
        // that makes a booking locks it first (one booking decision per participant at a time,
        // across nodes): what is checked about them below (no place in this class yet, no other
        // class at that time, their make-up credit) cannot change before this booking commits.
        long participantId = participant.getId();
        ClassSession session = seats.read(sessionId);
        long versionChecked = session.getVersion();
        String actor = currentUser.actor();
        boolean staff = currentUser.isStaff();
        String you = staff ? participant.getFullName() + " has" : "You have";
        String override = checkBeforeTheSeats(participant, session, clock.instant(), overrideReason, staff, you);
        MakeupCredit credit = creditId == null ? null : usableCredit(creditId, participantId, session);

        // The seat decision, under the class's lock; first again what may have changed meanwhile.
        SessionSeats.Locked locked = seats.lockAsRead(session);
        Instant now = clock.instant();
        if (session.getVersion() != versionChecked) {
            // Cancelled, moved, or another level, pool or size since it was read: every check again.
            override = checkBeforeTheSeats(participant, session, now, overrideReason, staff, you);
            credit = creditId == null ? null : usableCredit(creditId, participantId, session);
        } else {
            refuseUnbookable(session, now);
        }
        BookingRows.Waitlist line = rows.waitlist(sessionId);
        int waiting = line.waiting();

        BookingStatus status;
        Long position = null;
        // After the cut-off a freed place waits for the front desk to give it to someone in line; a
        // participant booking themselves then joins the line instead of jumping it.
        if (locked.seatsLeft() > 0 && (waiting == 0 || staff)) {
            seats.take(sessionId);
            status = BookingStatus.CONFIRMED;
        } else if (credit != null) {
            throw new RuleViolationException("A make-up credit books a free place, and this class has none. "
                    + "Choose a class with places left.");
        } else if (!waitlistIfFull) {
            throw new RuleViolationException("The last place in this class has just gone. You can join the "
                    + "waitlist instead.");
        } else if (waiting >= promotions.maxWaitlist()) {
            throw new RuleViolationException("This class and its waitlist are full. Please choose another class.");
        } else {
            status = BookingStatus.WAITLISTED;
            position = line.lastPosition() + 1;
        }
        if (credit != null) {
            credit.use(now);
        }
        // Inserted at once, checked by the database's constraints there; the rest of the
        // transaction's changes (the credit used) are flushed once, at the commit.
        long bookingId = rows.insert(sessionId, participantId, status, position, now, actor, override,
                credit == null ? null : credit.getId());
        if (override != null) {
            log.save(new BookingLogEntry(bookingId, now, actor, "LEVEL_OVERRIDE", override));
        }
        Integer place = status == BookingStatus.WAITLISTED ? waiting + 1 : null;
        events.publishEvent(BookingNotice.of(status == BookingStatus.CONFIRMED ? BookingNotice.Kind.CONFIRMED
                : BookingNotice.Kind.WAITLISTED, bookingId, participant, session, place));
        return new BookingResult(bookingId, status, place == null ? 0 : place);
    }

    /**
     * The rules that do not depend on the places: the class still ahead and not cancelled, no
     * place in it yet, the matcher's judgement, no other class at that time.
     *
     * @return the recorded override reason, or null when none was needed
     */
    private String checkBeforeTheSeats(Participant participant, ClassSession session, Instant now,
            String overrideReason, boolean staff, String you) {
        refuseUnbookable(session, now);
        List<BookingRepository.Overlap> active = bookings.activeOnOrOverlapping(participant.getId(), session.getId(),
                session.getStartsAt(), session.getEndsAt());
        active.stream().filter(b -> b.getSessionId() == session.getId()).findFirst().ifPresent(existing -> {
            throw new RuleViolationException(existing.getStatus() == BookingStatus.CONFIRMED
                    ? you + " a place in this class already."
                    : you + " a place in this class's waitlist already.");
        });
        String override = checkSuits(participant, session, overrideReason, staff);
        refuseOverlap(active, you);
        return override;
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

    /**
     * The matcher's rules; returns the recorded override reason, or null when none was needed. The
     * places are left to the seat decision under the lock: the matcher is asked without them, and
     * its one rule about them (a full waitlist) is not taken from it.
     */
    private String checkSuits(Participant participant, ClassSession session, String overrideReason, boolean staff) {
        Verdict verdict = recommendations.judge(participant.getId(), SessionOffer.of(session), 0, 0);
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

    /** Refuses when the participant has another class at that time ({@code active}: none on this class). */
    private static void refuseOverlap(List<BookingRepository.Overlap> active, String you) {
        if (!active.isEmpty()) {
            BookingRepository.Overlap other = active.get(0);
            throw new RuleViolationException(you + " another class at that time: "
                    + ClassLevel.title(other.getLevelNumber(), other.getLevelName()) + " on "
                    + other.getDate().format(ClinicFormats.DAY_SHORT) + " at " + other.getStartTime()
                    + ". Cancel it first, or choose another class.");
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
}
