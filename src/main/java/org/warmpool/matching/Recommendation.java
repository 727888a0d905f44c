package org.warmpool.matching;

import java.util.List;
import java.util.function.Supplier;

/**
 * A session the participant may book, with its score (higher first) and its reasons. The reasons
 * are put together when first read: ranking thousands of sessions needs only the score.
 */
public final class Recommendation {

    private final Candidate session;
    private final int score;
    private final Supplier<List<Reason>> explain;
    private List<Reason> reasons;

    Recommendation(Candidate session, int score, Supplier<List<Reason>> explain) {
        this.session = session;
        this.score = score;
        this.explain = explain;
    }

    public Candidate session() {
        return session;
    }

    public int score() {
        return score;
    }

    public List<Reason> reasons() {
        if (reasons == null) {
            reasons = List.copyOf(explain.get());
        }
        return reasons;
    }

    public boolean waitlistOnly() {
        return session.seatsLeft() <= 0;
    }
}
