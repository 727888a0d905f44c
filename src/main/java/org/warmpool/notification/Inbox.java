package org.warmpool.notification;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.InboxChanged;
import org.warmpool.base.JdbcInserts;
import org.warmpool.base.Mailer;
import org.warmpool.booking.BookingNotice;

/** Writes messages into the inbox, inside the caller's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Inbox {

    private final NotificationRepository notifications;
    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(NotificationRepository notifications, JdbcTemplate jdbc, Mailer mailer, ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the message, and arranges its e-mail for after the commit. The row is written with plain
     * JDBC: every booking writes one, and Hibernate's work around an insert cost more than the insert
     * (docs/performance.md, "Benchmark 2"); the entity reads it from then on.
     *
     * @return whether it was stored; false for a reminder that was stored before
     */
    boolean store(BookingNotice notice) {
        if (notice.kind() == BookingNotice.Kind.REMINDER && notifications.existsByReminderBookingId(notice.bookingId())) {
            return false;
        }
        NotificationTexts.Text text = NotificationTexts.of(notice);
        MailStatus mail = mailer.isEnabled() && notice.participantEmail() != null ? MailStatus.PENDING
                : MailStatus.NOT_NEEDED;
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into notification (participant_id,"
                    + " user_id, recipient_name, kind, booking_id, reminder_booking_id, title, body, created_at, email,"
                    + " mail_status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, notice.participantId());
            insert.setObject(2, notice.participantUserId(), Types.BIGINT);
            insert.setString(3, notice.participantName());
            insert.setString(4, notice.kind().name());
            insert.setLong(5, notice.bookingId());
            insert.setObject(6, notice.kind() == BookingNotice.Kind.REMINDER ? notice.bookingId() : null,
                    Types.BIGINT);
            insert.setString(7, text.title());
            insert.setString(8, text.body());
            insert.setObject(9, now, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(10, notice.participantEmail(), Types.VARCHAR);
            insert.setString(11, mail.name());
            return insert;
        }, key);
        events.publishEvent(new InboxChanged(notice.participantId()));
        if (mail == MailStatus.PENDING) {
            events.publishEvent(new NotificationStored(JdbcInserts.generatedId(key)));
        }
        return true;
    }
}
