package org.warmpool.participant;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.AppUserPrincipal;
import org.warmpool.security.CurrentUser;

/**
 * Which participant the logged-in user is, built on {@link CurrentUser} (the security feature knows
 * logins, not participants). Every feature asks here instead of looking the record up again.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class MyParticipant {

    private final ParticipantRepository participants;
    private final CurrentUser currentUser;
    private final ParticipantDirectory directory;

    MyParticipant(ParticipantRepository participants, CurrentUser currentUser, ParticipantDirectory directory) {
        this.participants = participants;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The logged-in user's participant record, if they are logged in and have one. */
    public Optional<Participant> find() {
        return currentUser.principal().map(AppUserPrincipal::getUserId).flatMap(participants::findByUserId);
    }

    /**
     * The logged-in user's participant record.
     *
     * @throws AccessDeniedException when nobody is logged in
     * @throws RuleViolationException when the account has no participant record
     */
    public Participant require() {
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return participants.findByUserId(userId).orElseThrow(() -> new RuleViolationException(
                "Your account has no participant record. Please ask the front desk."));
    }

    /**
     * The logged-in user's participant id, without reading their record (a booking locks and reads
     * it next); see {@link #require()}.
     */
    public long id() {
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return participants.findIdByUserId(userId).orElseThrow(() -> new RuleViolationException(
                "Your account has no participant record. Please ask the front desk."));
    }

    /**
     * Locks the logged-in user's participant row until the transaction ends, as
     * {@link ParticipantDirectory#lock} does, found and locked in one statement (a booking for oneself).
     *
     * @throws AccessDeniedException when nobody is logged in
     * @throws RuleViolationException when the account has no participant record
     */
    public Participant lock() {
        long userId = currentUser.principal().map(AppUserPrincipal::getUserId)
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        return directory.lockOfAccount(userId).orElseThrow(() -> new RuleViolationException(
                "Your account has no participant record. Please ask the front desk."));
    }

    /**
     * This participant's record when it is the logged-in user's own. Taken from what this
     * transaction has read already when it can (a booking has locked and read the record): no query
     * then.
     */
    Optional<Participant> ifMine(long participantId) {
        Optional<Long> userId = currentUser.principal().map(AppUserPrincipal::getUserId);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        return participants.findById(participantId)
                .filter(p -> p.getUser() != null && userId.get().equals(p.getUser().getId()));
    }

    /**
     * Refuses anyone but staff and the participant themselves.
     *
     * @throws AccessDeniedException with {@code refusal} for anyone else
     */
    public void requireSelfOrStaff(long participantId, String refusal) {
        if (!currentUser.isStaff() && !is(participantId)) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** Whether the logged-in user is this participant. */
    public boolean is(long participantId) {
        return find().map(me -> me.getId() == participantId).orElse(false);
    }
}
