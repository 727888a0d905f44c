package org.warmpool.participant;

/** A row of the front desk's participant search: contact details and the screening badge. */
public record ParticipantSummary(long id, String fullName, String email, String phone, boolean walkIn) {

    static ParticipantSummary of(Participant p) {
        return new ParticipantSummary(p.getId(), p.getFullName(), p.getEmail(), p.getPhone(), p.isWalkIn());
    }
}
