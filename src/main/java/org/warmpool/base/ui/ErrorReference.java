package org.warmpool.base.ui;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected error under a short reference that the user can quote to the clinic,
 * so that support finds the stack trace in the log without the user ever seeing it.
 */
public final class ErrorReference {

    private static final Logger log = LoggerFactory.getLogger(ErrorReference.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom random = new SecureRandom();

    private ErrorReference() {
    }

    /** Logs the error and returns its reference, for example {@code K7Q2-MX4D}. */
    public static String log(Throwable error) {
        String reference = newReference();
        log.error("Unexpected error, reference {}", reference, error);
        return reference;
    }

    public static String userMessage(String reference) {
        return "Something went wrong on our side and nothing was changed. Please try again. "
                + "If it keeps happening, tell the clinic this reference: " + reference + ".";
    }

    static String newReference() {
        StringBuilder reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
