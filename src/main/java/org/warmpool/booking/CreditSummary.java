package org.warmpool.booking;

import java.time.LocalDate;

/** A make-up credit as the participant sees it. */
public record CreditSummary(long creditId, String fromSession, LocalDate fromDate, LocalDate validUntil, boolean used,
        boolean expired) {

    public boolean usable() {
        return !used && !expired;
    }
}
