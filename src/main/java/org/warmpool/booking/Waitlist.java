package org.warmpool.booking;

import java.time.Instant;
import java.util.List;

/**
 * A session's waitlist as the front desk manages it.
 *
 * @param seatsFree             places free now
 * @param autoPromotionOpen     before the cut-off, a freed place goes to the first in line by itself
 * @param promoteByHand         a place is free, someone waits and the cut-off has passed: staff decide
 */
public record Waitlist(long sessionId, String sessionTitle, Instant startsAt, int capacity, int seatsFree, boolean autoPromotionOpen,
        List<WaitlistEntry> entries) {

    public boolean promoteByHand() {
        return seatsFree > 0 && !entries.isEmpty() && !autoPromotionOpen;
    }
}
