package org.warmpool.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.recommendation.RecommendationService;
import org.warmpool.recommendation.Verdict;
import org.warmpool.schedule.ClassSession;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.SessionOffer;
import org.warmpool.schedule.SessionSeats;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * A pool's heater has failed: the coming classes whose level needs warmer water than the pool now
 * has, and the one action that deals with all of them. Either every cold class is cancelled (those
 * with a place get a make-up credit), or each person with a place is first moved to a class of the
 * same level on the same day in a warm enough pool with a free place, the nearest in time that suits
 * them; whoever cannot be moved gets a make-up credit, and the cold classes are cancelled. Everyone
 * is told what changed.
 */
@Service
@Transactional
public class ColdWaterService {

    /** The furthest ahead one action reaches: a heater is repaired in days, not months. */
    public static final Duration LONGEST_REACH = Duration.ofDays(14);

    private final BookingRepository bookings;
    private final MakeupCreditRepository credits;
    private final BookingLogRepository log;
    private final SessionSeats seats;
    private final ParticipantDirectory participants;
    private final RecommendationService recommendations;
    private final ScheduleService schedule;
    private final PoolService pools;
    private final Promotions promotions;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClinicSettings clinic;

    ColdWaterService(BookingRepository bookings, MakeupCreditRepository credits, BookingLogRepository log,
            SessionSeats seats, ParticipantDirectory participants, RecommendationService recommendations,
            ScheduleService schedule, PoolService pools, Promotions promotions, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, ClinicSettings clinic) {
        this.bookings = bookings;
        this.credits = credits;
        this.log = log;
        this.seats = seats;
        this.participants = participants;
        this.recommendations = recommendations;
        this.schedule = schedule;
        this.pools = pools;
        this.promotions = promotions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.clinic = clinic;
    }

    /** The classes from now until {@code until} that the pool's water is now too cold for. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public List<ColdClass> affectedClasses(long poolId, Instant until) {
        List<ClassSession> cold = coldSessions(pools.get(poolId), until);
        if (cold.isEmpty()) {
            return List.of();
        }
        return cold.stream().map(session -> new ColdClass(session.getId(), session.getDate(), session.getStartTime(),
                session.getLevel().title(), session.getLevel().getMinWaterTemperature(), session.getSeatsTaken(),
                session.getWaitingCount())).toList();
    }

    /** Cancels every cold class until {@code until}; those with a place get a make-up credit. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public ColdWaterOutcome cancelAll(long poolId, Instant until) {
        Pool pool = pools.get(poolId);
        int classes = 0;
        int credited = 0;
        int waiting = 0;
        for (ColdClass cold : affectedClasses(poolId, until)) {
            schedule.cancelSession(cold.sessionId(), reason(pool, cold));
            classes++;
            credited += cold.booked();
            waiting += cold.waiting();
        }
        return new ColdWaterOutcome(classes, 0, credited, waiting);
    }

    /**
     * Moves everyone with a place in a cold class until {@code until} to a warm class of the same
     * level that day where a place is free and the class suits them, gives the others a make-up
     * credit, and cancels the cold classes.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
    public ColdWaterOutcome moveOrCancel(long poolId, Instant until) {
        Pool pool = pools.get(poolId);
        Instant now = clock.instant();
        String actor = currentUser.actor();
        LocalDate creditUntil = promotions.windows().creditValidUntil(LocalDate.now(clock.withZone(clinic.timeZone())));
        int classes = 0;
        int moved = 0;
        int credited = 0;
        int told = 0;
        for (ColdClass cold : affectedClasses(poolId, until)) {
            String reason = reason(pool, cold);
            ClassSession session = seats.lock(cold.sessionId()).session();
            List<ClassSession> warm = bookings.findWarmAlternatives(session.getLevel().getId(), session.getDate(),
                    poolId, now).stream()
                    .sorted(Comparator.comparing(other -> Duration.between(session.getStartsAt(),
                            other.getStartsAt()).abs()))
                    .toList();
            for (Booking booking : bookings.findConfirmed(session.getId())) {
                booking.cancel(now, actor, false, true);
                bookings.flush();
                seats.release(session.getId());
                Optional<Booking> placed = moveToWarmClass(booking.getParticipant(), warm, now, actor);
                if (placed.isPresent()) {
                    log.save(new BookingLogEntry(placed.get().getId(), now, actor, "MOVED_COLD_WATER", reason));
                    events.publishEvent(BookingNotice.of(BookingNotice.Kind.MOVED, placed.get(), null,
                            session.getDate().format(ClinicFormats.DAY_SHORT) + " at "
                                    + session.getStartTime().format(ClinicFormats.TIME) + " in " + pool.getName()
                                    + " (the water there is too cold)", null));
                    moved++;
                } else {
                    credits.save(new MakeupCredit(booking.getParticipant(), session, now, creditUntil));
                    events.publishEvent(BookingNotice.of(BookingNotice.Kind.CANCELLED_BY_CLINIC, booking, null,
                            reason, creditUntil));
                    credited++;
                }
            }
            for (Booking waiting : bookings.findWaitlist(session.getId())) {
                waiting.cancel(now, actor, false, true);
                events.publishEvent(BookingNotice.of(BookingNotice.Kind.CANCELLED_BY_CLINIC, waiting, null, reason,
                        null));
                told++;
            }
            bookings.flush();
            schedule.cancelSession(session.getId(), reason);
            classes++;
        }
        return new ColdWaterOutcome(classes, moved, credited, told);
    }

    /** A place in the first of the warm classes that has one free, suits the person and does not clash. */
    private Optional<Booking> moveToWarmClass(Participant participant, List<ClassSession> warm, Instant now,
            String actor) {
        participants.lock(participant.getId());
        for (ClassSession candidate : warm) {
            // The person's own bookings first, under their lock and before the class's: a class they
            // are booked on may be locked by an attendance mark waiting for the person's row.
            if (bookings.findActive(candidate.getId(), participant.getId()).isPresent()
                    || !bookings.findActiveOverlapping(participant.getId(), candidate.getId(),
                            candidate.getStartsAt(), candidate.getEndsAt()).isEmpty()) {
                continue;
            }
            SessionSeats.Locked locked = seats.lock(candidate.getId());
            int waiting = bookings.countWaiting(candidate.getId());
            // A free place with people waiting belongs to them (after the cut-off the front desk gives it).
            if (locked.seatsLeft() <= 0 || waiting > 0) {
                continue;
            }
            Verdict verdict = recommendations.judge(participant.getId(), SessionOffer.of(candidate),
                    locked.seatsTaken(), waiting);
            if (verdict.blockedBecause() != null || !verdict.brokenRules().isEmpty()) {
                continue;
            }
            seats.take(candidate.getId());
            return Optional.of(bookings.saveAndFlush(Booking.confirmed(candidate, participant, now, actor)));
        }
        return Optional.empty();
    }

    private List<ClassSession> coldSessions(Pool pool, Instant until) {
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            throw new RuleViolationException("Choose a time after now, up to when the classes are affected.");
        }
        if (until.isAfter(now.plus(LONGEST_REACH))) {
            throw new RuleViolationException("Choose a time within the next " + LONGEST_REACH.toDays()
                    + " days. Record the temperature again when the water is warm.");
        }
        return bookings.findScheduledInPoolBetween(pool.getId(), now, until).stream()
                .filter(session -> session.getLevel().getMinWaterTemperature().compareTo(pool.getWaterTemperature()) > 0)
                .toList();
    }

    private static String reason(Pool pool, ColdClass cold) {
        return "The water in " + pool.getName() + " is " + ClinicFormats.celsius(pool.getWaterTemperature())
                + ", colder than the " + ClinicFormats.celsius(cold.minTemperature()) + " this class needs.";
    }
}
