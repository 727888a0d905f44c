package org.warmpool.base;

import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How many messages the logged-in user has not read yet, for the bell in the header. Empty for a
 * user who has no inbox (staff and instructors). Implemented by the notification feature.
 */
public interface UnreadMessages {

    OptionalInt forCurrentUser();

    /**
     * Whose inbox the logged-in user reads (the participant's id, as {@link InboxChanged} names it),
     * so that the bell can follow it; empty for a user who has no inbox.
     */
    OptionalLong inboxOfCurrentUser();
}
