package org.warmpool.participant;

import java.time.LocalDate;

/**
 * What the administrator's audit page shows: entries by one staff member (their e-mail, the
 * actor), about participants whose name contains a text, of one kind, between two days of the
 * clinic's calendar (both included). A null or blank part does not filter.
 */
public record AuditFilter(String actor, String participantName, AuditAction action, LocalDate from, LocalDate to) {

    /** The longest participant name search: a name is never longer. */
    public static final int NAME_SEARCH_MAX_LENGTH = Participant.NAME_MAX_LENGTH;

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
