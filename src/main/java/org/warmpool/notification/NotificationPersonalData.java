package org.warmpool.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification feature's part of the person's own data: every message to them (inbox and
 * e-mail copy), and deleting them when the person is erased (they name the person and their
 * classes). Only inside the caller's transaction; the caller checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class NotificationPersonalData {

    public record MessageRow(Instant createdAt, String kind, String title, String body, Instant readAt,
            String emailedTo, String emailStatus, Instant emailSentAt) {
    }

    private final NotificationRepository notifications;

    NotificationPersonalData(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** Every message, oldest first. */
    public List<MessageRow> messages(long participantId) {
        List<Notification> newestFirst = new java.util.ArrayList<>(
                notifications.findByParticipantIdOrderByCreatedAtDescIdDesc(participantId));
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream()
                .map(n -> new MessageRow(n.getCreatedAt(), n.getKind().name(), n.getTitle(), n.getBody(),
                        n.getReadAt(), n.getEmail(), n.getMailStatus().name(), n.getSentAt()))
                .toList();
    }

    public void erase(long participantId) {
        notifications.deleteOfParticipant(participantId);
    }
}
