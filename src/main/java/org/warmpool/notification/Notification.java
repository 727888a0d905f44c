package org.warmpool.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmpool.base.AbstractEntity;
import org.warmpool.booking.BookingNotice;
import org.warmpool.participant.Participant;
import org.warmpool.security.EmailAddress;

/**
 * A message in a participant's inbox, with the state of its e-mail copy. Walk-ins without an
 * account have no user; they see the messages once they have an account. {@link Inbox} writes the
 * row; this entity reads it and records what happens to it.
 */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    static final int MAX_ERROR = 300;

    @Column(name = "participant_id", nullable = false)
    private long participantId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "recipient_name", nullable = false, length = Participant.NAME_MAX_LENGTH)
    private String participantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingNotice.Kind kind;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "reminder_booking_id")
    private Long reminderBookingId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 12)
    private MailStatus mailStatus;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    boolean awaitsMail() {
        return mailStatus == MailStatus.PENDING || mailStatus == MailStatus.RETRY;
    }

    /** As {@link NotificationRepository#findDue}: a failed attempt whose pause is over, or a first attempt that never ran. */
    boolean dueForRetry(Instant now, Instant stalePending) {
        return mailStatus == MailStatus.RETRY && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                || mailStatus == MailStatus.PENDING && !createdAt.isAfter(stalePending);
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void mailSent(Instant now) {
        attempts++;
        mailStatus = MailStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** A failed attempt: try again at {@code next}, or give up when {@code next} is null. */
    void mailFailed(String error, Instant next) {
        attempts++;
        lastError = error == null ? "Unknown error"
                : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        mailStatus = next == null ? MailStatus.FAILED : MailStatus.RETRY;
        nextAttemptAt = next;
    }

    /** E-mail was switched off since: the message stays in the inbox. */
    void mailNoLongerNeeded() {
        mailStatus = MailStatus.NOT_NEEDED;
        nextAttemptAt = null;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getParticipantName() {
        return participantName;
    }

    public Long getUserId() {
        return userId;
    }

    public BookingNotice.Kind getKind() {
        return kind;
    }

    public Long getBookingId() {
        return bookingId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getEmail() {
        return email;
    }

    public MailStatus getMailStatus() {
        return mailStatus;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
