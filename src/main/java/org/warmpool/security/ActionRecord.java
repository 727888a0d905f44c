package org.warmpool.security;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Who did something, and when: the part every row of an append-only log shares (the booking log,
 * the health-data audit log). The actor is {@link CurrentUser#actor()}, an e-mail address, or
 * "self" for an audit entry a participant caused about themselves; erasing a participant replaces
 * their own address in the booking log by "erased participant". Each log adds what was done and to
 * what; its rows are written, never edited (the audit log not even by an erasure).
 */
@MappedSuperclass
public abstract class ActionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String actor;

    protected ActionRecord() {
    }

    protected ActionRecord(Instant occurredAt, String actor) {
        this.occurredAt = occurredAt;
        this.actor = actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }
}
