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
}
