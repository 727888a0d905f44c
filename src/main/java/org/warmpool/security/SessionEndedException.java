package org.warmpool.security;

import org.springframework.security.access.AccessDeniedException;

/** This session has ended (the password was changed since it logged in, the account was disabled, or it is too old). */
public class SessionEndedException extends AccessDeniedException {

    public static final String MESSAGE = "You have been logged out: this account's password was changed, the "
            + "account was switched off, or you had been logged in for many hours. Please log in again.";

    public SessionEndedException() {
        super(MESSAGE);
    }
}
