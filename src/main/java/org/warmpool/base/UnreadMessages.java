package org.warmpool.base;

import java.util.OptionalInt;

/**
 * How many messages the logged-in user has not read yet, for the bell in the header. Empty for a
 * user who has no inbox (staff and instructors). Implemented by the notification feature.
 */
public interface UnreadMessages {

    OptionalInt forCurrentUser();
}
