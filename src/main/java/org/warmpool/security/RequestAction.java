package org.warmpool.security;

/** What a client asked for, as the request limits count it. */
public enum RequestAction {
    LOGIN,
    REGISTER,
    PASSWORD_RESET
}
