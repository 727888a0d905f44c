package org.warmpool.security;

/** An account with this e-mail exists already (e-mails compare without regard to letter case). */
public class DuplicateEmailException extends RuntimeException {

    public DuplicateEmailException(String email) {
        super("An account with this e-mail exists: " + email);
    }
}
