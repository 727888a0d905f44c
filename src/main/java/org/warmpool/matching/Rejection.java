package org.warmpool.matching;

import java.util.List;
import java.util.function.Supplier;

/** A session the participant may not book, with every rule it breaks (put together when first read). */
public final class Rejection {

    private final Candidate session;
    private final Supplier<List<Reason>> explain;
    private List<Reason> reasons;

    Rejection(Candidate session, Supplier<List<Reason>> explain) {
        this.session = session;
        this.explain = explain;
    }

    public Candidate session() {
        return session;
    }

    public List<Reason> reasons() {
        if (reasons == null) {
            reasons = List.copyOf(explain.get());
        }
        return reasons;
    }

    /**
     * Every rule it breaks is about the level (the pain range, gentler levels first, above the
     * current level): the front desk may book it anyway with a reason. A pool, water depth or
     * full waitlist cannot be overridden.
     */
    public boolean levelOnly() {
        return !reasons().isEmpty() && reasons().stream().allMatch(Rejection::isLevelRule);
    }

    /** A rule about the programme's levels, which staff may override; the others are about safety. */
    public static boolean isLevelRule(Reason reason) {
        return reason instanceof Reason.PainOutOfRange || reason instanceof Reason.GentleLevelsOnly
                || reason instanceof Reason.AboveCurrentLevel;
    }
}
