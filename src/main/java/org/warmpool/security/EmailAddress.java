package org.warmpool.security;

import java.util.Locale;

/**
 * E-mail addresses are stored trimmed and in lower case, so that the database's unique
 * constraint treats "Ana@Example.org" and "ana@example.org" as the same account.
 */
public final class EmailAddress {

    /** The longest address the standard allows; every column that holds an e-mail address has this length. */
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
