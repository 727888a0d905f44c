package org.warmpool.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.account.ResetLinkPersonalData;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingPersonalData;
import org.warmpool.booking.FirstClasses;
import org.warmpool.notification.NotificationPersonalData;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.participant.ParticipantPersonalData;
import org.warmpool.outcome.OutcomePersonalData;
import org.warmpool.progress.ProgressPersonalData;
import org.warmpool.security.AccountPersonalData;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;

/**
 * Erasing a participant on request, by an administrator, in one transaction: health data and
 * messages deleted, the participant row and account anonymised and switched off, bookings and
 * attendance kept without free text, and the erasure written to the audit log. Either all of it
 * happens or none of it. docs/architecture.md ("Erasing a participant") says what goes and what stays.
 */
@Service
public class ErasureService {

    /** The word that confirms an erasure, besides the participant's full name. */
    public static final String CONFIRMATION_WORD = "ERASE";

    public static final String NOT_CONFIRMED = "To erase, type the participant's full name or the word "
            + CONFIRMATION_WORD + " exactly. Nothing was erased.";

    /** What the administrator sees before erasing. */
    public record Candidate(long participantId, String fullName, boolean erased, long activePlaces) {
    }

    private final ParticipantDirectory directory;
    private final ParticipantPersonalData participants;
    private final BookingPersonalData bookings;
    private final ProgressPersonalData progress;
    private final OutcomePersonalData outcomes;
    private final NotificationPersonalData notifications;
    private final ResetLinkPersonalData resetLinks;
    private final AccountPersonalData accounts;
    private final Clock clock;
    private final FirstClasses firstClasses;

    ErasureService(ParticipantDirectory directory, ParticipantPersonalData participants,
            BookingPersonalData bookings, ProgressPersonalData progress, OutcomePersonalData outcomes,
            NotificationPersonalData notifications,
            ResetLinkPersonalData resetLinks, AccountPersonalData accounts, Clock clock, FirstClasses firstClasses) {
        this.firstClasses = firstClasses;
        this.directory = directory;
        this.participants = participants;
        this.bookings = bookings;
        this.progress = progress;
        this.outcomes = outcomes;
        this.notifications = notifications;
        this.resetLinks = resetLinks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Who would be erased, and whether anything stands in the way. Not audited: no health data is read. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public Candidate candidate(long participantId) {
        Participant participant = participants.participant(participantId);
        return new Candidate(participantId, participant.getFullName(), participant.isErased(),
                bookings.activeNotEnded(participantId, clock.instant()));
    }

    /**
     * Erases the participant. {@code confirmation} must be their full name or {@link #CONFIRMATION_WORD}
     * (letter case and spaces at the ends do not matter). Refused while they hold a place or a
     * waitlist place in a class that has not ended: cancel those first, so that the places go to
     * others in the usual way. Refused as well for an account that also has a staff or instructor
     * role: its e-mail is on what that person did at work, and the account must stay theirs.
     */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void erase(long participantId, String confirmation) {
        Participant participant = directory.lock(participantId);
        if (participant.isErased()) {
            throw new RuleViolationException("This participant has been erased already.");
        }
        if (!confirms(confirmation, participant.getFullName())) {
            throw new RuleViolationException(NOT_CONFIRMED);
        }
        if (participant.getUser() != null && participant.getUser().getRoles().stream()
                .anyMatch(role -> role != Role.PARTICIPANT)) {
            throw new RuleViolationException(participant.getFullName() + " also logs in as staff or instructor "
                    + "with this account. Take those roles away under \"Staff accounts\" first (their work "
                    + "for the clinic is recorded under this account), then erase.");
        }
        Instant now = clock.instant();
        long active = bookings.activeNotEnded(participantId, now);
        if (active > 0) {
            throw new RuleViolationException(participant.getFullName() + " still has " + active
                    + (active == 1 ? " place" : " places") + " (booked or on a waitlist) in classes that have not "
                    + "ended. Cancel them first, so the places go to others; then erase.");
        }
        List<Long> bookingIds = bookings.bookingIds(participantId);
        progress.erase(participantId, bookingIds);
        outcomes.erase(participantId);
        notifications.erase(participantId);
        ParticipantPersonalData.Erased erased = participants.erase(participantId, now);
        bookings.erase(participantId, erased.formerEmails());
        if (erased.account() != null) {
            resetLinks.erase(erased.account().getId());
        }
        accounts.erase(erased.account() == null ? null : erased.account().getId(), participantId,
                Participant.erasedName(participantId), erased.formerEmails(), now);
        // Without the pain, intakes and questionnaires just deleted: no health data stays in the
        // outcomes report's tables.
        firstClasses.refresh(participantId);
    }

    /** The full name or the word, ignoring letter case and spaces at the ends and between words. */
    static boolean confirms(String typed, String fullName) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String normal = normal(typed);
        return normal.equals(normal(CONFIRMATION_WORD)) || normal.equals(normal(fullName));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
