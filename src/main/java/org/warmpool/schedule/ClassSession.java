package org.warmpool.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.warmpool.base.SessionReference;
import org.warmpool.instructor.Instructor;
import org.warmpool.pool.Pool;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ExerciseBias;

/**
 * One class on one day. The local date and start time are what the clinic planned (09:00 stays
 * 09:00 across daylight-saving changes); the instants are derived from them in the clinic's zone
 * and serve overlap checks and ordering.
 */
@Entity
@Table(name = "class_session")
public class ClassSession extends ClassSetup {

    /** The reason for a cancellation, which participants see. */
    public static final int CANCEL_REASON_MAX_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private SessionSeries series;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "instructor_id")
    private Instructor instructor;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX_LENGTH)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /**
     * The places taken, as {@link SessionSeats} keeps them (changed only under the row's lock);
     * never written through the entity, read by queries that select it beside the class.
     */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    /**
     * The reports' figures, kept by the database as the bookings change (a trigger on
     * {@code booking}, migration V30); never written through the entity, read by the reports' queries.
     */
    @Column(name = "attended_count", insertable = false, updatable = false)
    private int attendedCount;
    @Column(name = "no_show_count", insertable = false, updatable = false)
    private int noShowCount;
    @Column(name = "late_cancelled_count", insertable = false, updatable = false)
    private int lateCancelledCount;
    @Column(name = "waitlisted_count", insertable = false, updatable = false)
    private int waitlistedCount;
    /**
     * The people in its waitlist now, kept by the same trigger (migration V31); read by the matcher's
     * rule on a full waitlist.
     */
    @Column(name = "waiting_count", insertable = false, updatable = false)
    private int waitingCount;

    protected ClassSession() {
    }

    ClassSession(SessionSeries series, ClassLevel level, Pool pool, ExerciseBias bias, LocalDate date,
            LocalTime startTime, int durationMinutes, int capacity, ZoneId zone) {
        super(level, pool, bias, startTime, durationMinutes, capacity);
        this.series = series;
        reschedule(date, startTime, durationMinutes, zone);
    }

    void reschedule(LocalDate date, LocalTime startTime, int durationMinutes, ZoneId zone) {
        this.date = date;
        retime(startTime, durationMinutes);
        ZonedDateTime start = ZonedDateTime.of(date, startTime, zone);
        this.startsAt = start.toInstant();
        this.endsAt = start.plusMinutes(durationMinutes).toInstant();
    }

    void assign(Instructor instructor) {
        this.instructor = instructor;
    }

    void cancel(String reason, Instant when) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = when;
    }

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }

    SessionReference reference() {
        return new SessionReference(getId(), date, getStartTime(), getLevel().title() + " in " + getPool().getName(),
                getCapacity());
    }

    public SessionSeries getSeries() {
        return series;
    }

    public Instructor getInstructor() {
        return instructor;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The places taken when the class was read: its own count, changed only under its row's lock. */
    public int getSeatsTaken() {
        return seatsTaken;
    }

    /** The people in its waitlist when the class was read, as the database keeps them (V31). */
    public int getWaitingCount() {
        return waitingCount;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
