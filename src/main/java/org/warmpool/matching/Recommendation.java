package org.warmpool.matching;

import java.util.List;

/** A session the participant may book, with its score (higher first) and its reasons. */
public record Recommendation(Candidate session, int score, List<Reason> reasons) {

    public boolean waitlistOnly() {
        return session.seatsLeft() <= 0;
    }
}
