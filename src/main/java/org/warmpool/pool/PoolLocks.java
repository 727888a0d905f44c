package org.warmpool.pool;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;

/**
 * The pool row lock for the schedule feature, inside the caller's transaction (a screen has none,
 * so it cannot take one). The caller's service checks who may schedule.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PoolLocks {

    private final PoolRepository pools;

    PoolLocks(PoolRepository pools) {
        this.pools = pools;
    }

    /**
     * Locks the pool row until the caller's transaction ends, so that two app nodes cannot
     * both put a session into the same time slot. Refuses a retired pool.
     */
    public Pool lockForScheduling(long poolId) {
        Pool pool = pools.lockById(poolId)
                .orElseThrow(() -> new RuleViolationException("This pool no longer exists."));
        if (pool.isRetired()) {
            throw new RuleViolationException(pool.getName() + " is retired and takes no new sessions.");
        }
        return pool;
    }
}
