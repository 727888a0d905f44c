package org.warmpool.pool.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.List;
import org.warmpool.pool.Pool;

/**
 * The pool a staff member's schedule week and check-in open on. The one they last chose in this
 * browser session (or "All pools", if that was their choice); else, in a clinic of up to
 * {@value #ALL_POOLS_UP_TO} pools, all of them; else the first pool by name. A chain's week of all
 * pools is thousands of classes, far more than anyone reads and slow to draw, while the front desk
 * works at one pool; a small clinic's week fits on one screen.
 */
public final class PoolChoice {

    /** A clinic with this many pools in use or fewer sees all of them by default. */
    public static final int ALL_POOLS_UP_TO = 3;

    private static final String ATTRIBUTE = PoolChoice.class.getName();

    /** What was chosen last: one pool, or all pools ({@code poolId} null). */
    record Chosen(Long poolId) implements Serializable {
    }

    private PoolChoice() {
    }

    /** Whether the clinic has so many pools that its views open on one of them. */
    public static boolean manyPools(List<Pool> inUse) {
        return inUse.size() > ALL_POOLS_UP_TO;
    }

    /** The pool to open on, of {@code inUse}; null for all pools. */
    public static Pool opening(List<Pool> inUse) {
        VaadinSession session = VaadinSession.getCurrent();
        return opening(inUse, session == null ? null : (Chosen) session.getAttribute(ATTRIBUTE));
    }

    /**
     * The pool to open on, given the choice remembered ({@code chosen}, null when none): the pool
     * chosen while it is still in use, all pools when that was chosen, else the clinic's default.
     */
    static Pool opening(List<Pool> inUse, Chosen chosen) {
        if (chosen != null) {
            if (chosen.poolId() == null) {
                return null;
            }
            for (Pool pool : inUse) {
                if (chosen.poolId().equals(pool.getId())) {
                    return pool;
                }
            }
        }
        return manyPools(inUse) ? inUse.get(0) : null;
    }

    /** Remembers for this browser session the pool chosen, or all pools ({@code pool} null). */
    public static void remember(Pool pool) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Chosen(pool == null ? null : pool.getId()));
        }
    }
}
