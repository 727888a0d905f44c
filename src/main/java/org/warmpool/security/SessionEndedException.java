package org.warmpool.security;

import org.springframework.security.access.AccessDeniedException;

/** This session has ended (the password was changed since it logged in, or the account was disabled). */
public class SessionEndedException extends AccessDeniedException {

    public static final String MESSAGE = "You have been logged out, because this account's password was changed "
            + "or the account was switched off. Please log in again.";

    public SessionEndedException() {
        super(MESSAGE);
    }
}
