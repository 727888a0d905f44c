package org.warmpool.notification;

/** Where the e-mail copy of a message stands. */
public enum MailStatus {
    /** E-mail is off in this installation, or the participant gave no address: the inbox only. */
    NOT_NEEDED("In the app only"),
    /** Waiting to be sent right after the booking was saved. */
    PENDING("Sending"),
    SENT("E-mail sent"),
    /** The last attempt failed; the retry job tries again at {@code nextAttemptAt}. */
    RETRY("E-mail failed, trying again"),
    /** Given up after the last attempt. */
    FAILED("E-mail could not be sent");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
