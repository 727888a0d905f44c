package org.warmpool.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.ActionRecord;

/** What staff did to a booking that needs a reason: kept for the record, never changed. */
@Entity
@Table(name = "booking_log")
public class BookingLogEntry extends ActionRecord {

    /** Why staff did it (for example moving someone in the waitlist). */
    public static final int REASON_MAX_LENGTH = 500;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(length = REASON_MAX_LENGTH)
    private String reason;

    protected BookingLogEntry() {
    }

    BookingLogEntry(long bookingId, Instant occurredAt, String actor, String action, String reason) {
        super(occurredAt, actor);
        this.bookingId = bookingId;
        this.action = action;
        this.reason = reason;
    }

    public long getBookingId() {
        return bookingId;
    }

    /** LEVEL_OVERRIDE, WAITLIST_MOVED_UP, PROMOTED_BY_HAND, ... */
    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
