package org.warmpool.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.security.EmailAddress;

/** What staff did to a booking that needs a reason: kept for the record, never changed. */
@Entity
@Table(name = "booking_log")
public class BookingLogEntry {

    /** Why staff did it (for example moving someone in the waitlist). */
    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_id", nullable = false)
    private long bookingId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String actor;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(length = REASON_MAX_LENGTH)
    private String reason;

    protected BookingLogEntry() {
    }

    BookingLogEntry(long bookingId, Instant occurredAt, String actor, String action, String reason) {
        this.bookingId = bookingId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.reason = reason;
    }

    public long getBookingId() {
        return bookingId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }
}
