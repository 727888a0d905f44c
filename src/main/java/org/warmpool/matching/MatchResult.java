package org.warmpool.matching;

import java.util.List;

/**
 * Recommendations best first, the other sessions with their reasons, and, when the participant
 * may not book at all, why.
 */
public record MatchResult(String blockedBecause, List<Recommendation> recommendations, List<Rejection> rejections) {
}
