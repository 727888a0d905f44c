package org.warmpool.matching;

import java.util.List;

/** A session the participant may not book, with every rule it breaks. */
public record Rejection(Candidate session, List<Reason> reasons) {
}
