package org.warmpool.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.participant.Participant;
import org.warmpool.schedule.ClassSession;
import org.warmpool.security.EmailAddress;

/**
 * A participant's place on a session, or their place in its waitlist. Cancelled bookings stay as
 * history (late cancellations and no-shows appear in the reports). A booking decided by
 * {@link BookingService} is inserted by {@link BookingRows} (plain JDBC, under the class's lock);
 * this entity reads it and makes every later change.
 */
@Entity
@Table(name = "booking")
public class Booking extends AbstractEntity {

    /** Why the front desk booked a class that does not suit the participant. */
    public static final int OVERRIDE_REASON_MAX_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ClassSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private Participant participant;

    /** The participant while the booking is active, null once cancelled: see the unique constraint. */
    @Column(name = "active_participant_id")
    private Long activeParticipantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingStatus status;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, length = EmailAddress.MAX_LENGTH)
    private String bookedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "override_reason", length = OVERRIDE_REASON_MAX_LENGTH)
    private String overrideReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "credit_id")
    private MakeupCredit credit;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by", length = EmailAddress.MAX_LENGTH)
    private String cancelledBy;

    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    @Column(name = "cancelled_by_clinic", nullable = false)
    private boolean cancelledByClinic;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    @Column(name = "attendance_marked_at")
    private Instant attendanceMarkedAt;

    @Column(name = "attendance_marked_by", length = EmailAddress.MAX_LENGTH)
    private String attendanceMarkedBy;

    protected Booking() {
    }

    static Booking confirmed(ClassSession session, Participant participant, Instant now, String by) {
        Booking booking = new Booking(session, participant, now, by);
        booking.status = BookingStatus.CONFIRMED;
        booking.confirmedAt = now;
        return booking;
    }

    private Booking(ClassSession session, Participant participant, Instant now, String by) {
        this.session = session;
        this.participant = participant;
        this.activeParticipantId = participant.getId();
        this.bookedAt = now;
        this.bookedBy = by;
    }

    void promote(Instant now) {
        this.status = BookingStatus.CONFIRMED;
        this.waitlistPosition = null;
        this.confirmedAt = now;
    }

    void cancel(Instant now, String by, boolean late, boolean byClinic) {
        this.status = BookingStatus.CANCELLED;
        this.activeParticipantId = null;
        this.waitlistPosition = null;
        this.cancelledAt = now;
        this.cancelledBy = by;
        this.lateCancellation = late;
        this.cancelledByClinic = byClinic;
        // A class the clinic cancels after check-in opened did not take place: who came no longer applies.
        this.attendance = null;
        this.attendanceMarkedAt = null;
        this.attendanceMarkedBy = null;
    }

    void moveInWaitlist(long position) {
        this.waitlistPosition = position;
    }

    void mark(Attendance attendance, Instant now, String by) {
        this.attendance = attendance;
        this.attendanceMarkedAt = now;
        this.attendanceMarkedBy = by;
    }

    public boolean isActive() {
        return status != BookingStatus.CANCELLED;
    }

    public ClassSession getSession() {
        return session;
    }

    public Participant getParticipant() {
        return participant;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public MakeupCredit getCredit() {
        return credit;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public boolean isCancelledByClinic() {
        return cancelledByClinic;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Instant getAttendanceMarkedAt() {
        return attendanceMarkedAt;
    }

    public String getAttendanceMarkedBy() {
        return attendanceMarkedBy;
    }
}
