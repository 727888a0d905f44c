package org.warmpool.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.security.EmailAddress;

/** Pain before and after one attended class (0-10), entered by the instructor or the front desk. */
@Entity
@Table(name = "pain_check_in")
public class PainCheckIn extends AbstractEntity {

    @Column(name = "booking_id", nullable = false, updatable = false, unique = true)
    private Long bookingId;

    @Column(name = "pain_before")
    private Integer painBefore;

    @Column(name = "pain_after")
    private Integer painAfter;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String recordedBy;

    protected PainCheckIn() {
    }

    PainCheckIn(long bookingId) {
        this.bookingId = bookingId;
    }

    void record(Integer before, Integer after, Instant now, String by) {
        this.painBefore = before;
        this.painAfter = after;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public Integer getPainBefore() {
        return painBefore;
    }

    public Integer getPainAfter() {
        return painAfter;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
