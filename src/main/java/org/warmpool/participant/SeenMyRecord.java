package org.warmpool.participant;

import java.time.Instant;

/**
 * One line of a participant's "Who has seen my record": who (name and role, "The clinic's system",
 * or "Former staff member"), when, and what in plain words.
 */
public record SeenMyRecord(Instant occurredAt, String who, String what) {
}
