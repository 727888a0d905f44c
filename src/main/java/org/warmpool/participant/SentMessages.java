package org.warmpool.participant;

import java.time.Instant;
import java.util.List;

/**
 * The messages sent to a participant and how their e-mail went, for the front desk's page of the
 * participant. Answered by the notification feature (which depends on this one, not the reverse).
 */
public interface SentMessages {

    /**
     * @param emailStatus   in words: "E-mail sent", "In the app only", ...
     * @param nextAttemptAt when the e-mail is tried again, else null
     */
    record SentMessage(Instant createdAt, String title, String emailStatus, Instant nextAttemptAt) {
    }

    /** The newest first, at most {@code limit}. Front desk and administrators only. */
    List<SentMessage> sentTo(long participantId, int limit);

    /** How many of the participant's messages they have not opened yet. Front desk and administrators only. */
    int unreadBy(long participantId);
}
