package org.warmpool.base;

/**
 * A participant's inbox changed (a new message, or messages read). Published inside the changing
 * transaction; the bells of that participant's open screens hear of it after the commit.
 */
public record InboxChanged(long participantId) {
}
