package org.warmpool.participant;

/** A participant's intake was sent: published inside the sending transaction, after the change. */
public record IntakeSubmitted(long participantId) {
}
