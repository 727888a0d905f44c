package org.warmpool.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A late cancellation or a no-show, for the clinic's report. */
public record ReportLine(LocalDate date, LocalTime start, String sessionTitle, String participantName,
        boolean noShow) {

    public String what() {
        return noShow ? "No-show" : "Late cancellation";
    }
}
