package org.warmpool.pool;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.SessionReference;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

@Service
@Transactional
public class PoolService {

    /** How far back a pool's temperature log reaches on screen. */
    public static final Duration TEMPERATURE_LOG_PERIOD = Duration.ofDays(90);

    private final PoolRepository pools;
    private final PoolSchedule schedule;
    private final TemperatureReadingRepository readings;
    private final CurrentUser currentUser;
    private final Clock clock;

    PoolService(PoolRepository pools, PoolSchedule schedule, TemperatureReadingRepository readings,
            CurrentUser currentUser, Clock clock) {
        this.pools = pools;
        this.schedule = schedule;
        this.readings = readings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Pool> listAll() {
        return pools.findAllByOrderByRetiredAscNameAsc();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Pool> listInUse() {
        return pools.findByRetiredFalseOrderByName();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Pool get(long id) {
        return pools.findById(id).orElseThrow(() -> new RuleViolationException("This pool no longer exists."));
    }

    /**
     * Saves a new or edited pool. Lowering the capacity below what future sessions promise is
     * refused with the list of those sessions.
     */
    @RolesAllowed(Roles.ADMIN)
    public Pool save(Pool pool) {
        boolean nameTaken = pool.isNew() ? pools.existsByNameIgnoreCase(pool.getName())
                : pools.existsByNameIgnoreCaseAndIdNot(pool.getName(), pool.getId());
        if (nameTaken) {
            throw new RuleViolationException("There is already a pool called \"" + pool.getName()
                    + "\". Choose another name.");
        }
        boolean temperatureChanged = pool.isNew();
        if (!pool.isNew()) {
            temperatureChanged = pools.lockById(pool.getId()).map(Pool::getWaterTemperature)
                    .map(before -> before.compareTo(pool.getWaterTemperature()) != 0).orElse(true);
            List<SessionReference> tooLarge = schedule.upcomingSessions(pool.getId()).stream()
                    .filter(session -> session.capacity() > pool.getCapacity()).toList();
            if (!tooLarge.isEmpty()) {
                throw new RuleViolationException("The capacity cannot go down to " + pool.getCapacity() + ": "
                        + tooLarge.size() + " upcoming sessions have more places. Lower their capacity or move "
                        + "them first: " + SessionReference.describeAll(tooLarge, 5) + ".");
            }
        }
        Pool saved = pools.saveAndFlush(pool);
        if (temperatureChanged) {
            readings.save(new TemperatureReading(saved.getId(), clock.instant(), currentUser.actor(),
                    saved.getWaterTemperature()));
        }
        return saved;
    }

    /**
     * Records the water temperature measured at the poolside. It goes into the pool's log and
     * becomes the pool's water temperature at once, so that a pool gone cold leaves matching and
     * booking straight away (and a warm reading brings it back).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR})
    public Pool recordTemperature(long poolId, BigDecimal celsius) {
        if (celsius == null || celsius.compareTo(BigDecimal.valueOf(Pool.WATER_TEMPERATURE_MIN)) < 0
                || celsius.compareTo(BigDecimal.valueOf(Pool.WATER_TEMPERATURE_MAX)) > 0) {
            throw new RuleViolationException("Enter the temperature you measured, for example 29.5. "
                    + Pool.WATER_TEMPERATURE_RANGE + ".");
        }
        if (celsius.stripTrailingZeros().scale() > 1) {
            throw new RuleViolationException("Enter the temperature with one decimal at most, for example 29.5.");
        }
        Pool pool = pools.lockById(poolId)
                .orElseThrow(() -> new RuleViolationException("This pool no longer exists."));
        pool.setWaterTemperature(celsius.setScale(1));
        readings.save(new TemperatureReading(poolId, clock.instant(), currentUser.actor(), celsius.setScale(1)));
        return pool;
    }

    /** The pool's readings of the last {@link #TEMPERATURE_LOG_PERIOD}, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public List<TemperatureReading> temperatureLog(long poolId) {
        return readings.findByPoolIdAndOccurredAtAfterOrderByOccurredAtDesc(poolId,
                clock.instant().minus(TEMPERATURE_LOG_PERIOD));
    }

    /**
     * What setting the pool's water to {@code temperature} would leave too cold: the coming classes
     * with people booked whose level needs warmer water. Asked before saving a lower temperature, so
     * that the administrator can think again.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public ColdWaterImpact coldWaterImpact(long poolId, BigDecimal temperature) {
        if (temperature == null) {
            return ColdWaterImpact.NONE;
        }
        List<PoolSchedule.BookedSession> tooCold = schedule.upcomingSessionsWithBookings(poolId).stream()
                .filter(session -> session.booked() > 0 && session.minTemperature().compareTo(temperature) > 0)
                .toList();
        if (tooCold.isEmpty()) {
            return ColdWaterImpact.NONE;
        }
        return new ColdWaterImpact(tooCold.size(), tooCold.stream().mapToInt(PoolSchedule.BookedSession::booked).sum(),
                tooCold.stream().map(PoolSchedule.BookedSession::minTemperature).max(BigDecimal::compareTo)
                        .orElseThrow());
    }

    /** Retires a pool with no upcoming sessions; otherwise says how many to move or cancel first. */
    @RolesAllowed(Roles.ADMIN)
    public void retire(long poolId) {
        Pool pool = pools.lockById(poolId)
                .orElseThrow(() -> new RuleViolationException("This pool no longer exists."));
        List<SessionReference> upcoming = schedule.upcomingSessions(poolId);
        if (!upcoming.isEmpty()) {
            throw new RuleViolationException(pool.getName() + " still has " + upcoming.size()
                    + " upcoming sessions. Move or cancel them first: "
                    + SessionReference.describeAll(upcoming, 5) + ".");
        }
        pool.retire();
    }
}
