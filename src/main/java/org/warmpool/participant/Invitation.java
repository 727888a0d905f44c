package org.warmpool.participant;

import java.time.LocalDate;

/** Results of the invitation feature, for the views. */
public final class Invitation {

    private Invitation() {
    }

    /**
     * An invitation was made.
     *
     * @param link        the link the participant opens to set a password
     * @param mailed      the e-mail went out; when false the front desk hands the link over
     * @param mailEnabled e-mail is set up in this installation (so false + true means it failed just now)
     */
    public record Sent(String name, String email, String link, LocalDate validUntil, boolean mailed,
            boolean mailEnabled) {
    }

    /** A usable invitation, as its page greets the participant. */
    public record Open(String name, String email) {
    }
}
