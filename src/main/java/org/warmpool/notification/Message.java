package org.warmpool.notification;

import java.time.Instant;

/**
 * A message as the participant reads it.
 *
 * @param unread not read before this visit to the inbox
 */
public record Message(long id, String title, String body, Instant createdAt, boolean unread) {

    static Message of(Notification n) {
        return new Message(n.getId(), n.getTitle(), n.getBody(), n.getCreatedAt(), n.getReadAt() == null);
    }
}
