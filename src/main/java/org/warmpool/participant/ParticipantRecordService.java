package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.TypedDates;
import org.warmpool.security.Roles;

/**
 * Reading a participant's record and who may: the participant themselves, the front desk (each
 * read of health data audited), an instructor only for participants on their own rosters. Other
 * features check health-data reads here too; the front desk finds participants here.
 */
@Service
@Transactional
public class ParticipantRecordService {

    private final ParticipantRepository participants;
    private final IntakeRepository intakes;
    private final HealthDataAccess access;
    private final HealthDataAudit audit;
    private final ScreeningOutcomes outcomes;

    ParticipantRecordService(ParticipantRepository participants, IntakeRepository intakes, HealthDataAccess access,
            HealthDataAudit audit, ScreeningOutcomes outcomes) {
        this.participants = participants;
        this.intakes = intakes;
        this.access = access;
        this.audit = audit;
        this.outcomes = outcomes;
    }

    /** A participant's record with health data: their own, or for staff (audited), or their instructor. */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public HealthRecord record(long participantId) {
        Participant participant = access.readable(participantId, true);
        Optional<Intake> latest = intakes.latestSubmitted(participantId);
        List<Intake> history = intakes.findByParticipantIdAndStatusOrderBySubmittedAtDesc(participantId,
                IntakeStatus.SUBMITTED);
        return new HealthRecord(participant, latest, latest.map(outcomes::of), history);
    }

    /**
     * The participant and their latest sent intake with its screening, by the same rule and audit
     * as {@link #record}, without the intake history: what matching and booking judge by (every
     * booking asks).
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public CurrentScreening currentScreening(long participantId) {
        Participant participant = access.readable(participantId, true);
        Optional<Intake> latest = intakes.latestSubmitted(participantId);
        return new CurrentScreening(participant, latest, latest.map(outcomes::of));
    }

    /**
     * Checks that the caller may read this participant's health data kept by another feature (for
     * example their pain check-ins), by the same rule as {@link #record}: the participant
     * themselves, staff, or an instructor with the participant on a roster. A staff or instructor
     * read is written to the audit log with this action and details.
     *
     * @throws AccessDeniedException for anyone else
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Participant openHealthData(long participantId, AuditAction action, String details) {
        return access.readable(participantId, action, details);
    }

    /**
     * The same check for everyone on a class list, with their audit entries written together (one
     * transaction instead of one per person).
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public void openHealthDataOfClass(Collection<Long> participantIds, AuditAction action, String details) {
        participantIds.forEach(id -> access.readable(id, null, null));
        if (!participantIds.isEmpty()) {
            audit.recordAll(action, participantIds, details);
        }
    }

    /** Name and contact details without health data, for staff screens that act for a participant. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public ParticipantSummary summary(long participantId) {
        return ParticipantSummary.of(access.find(participantId));
    }

    /**
     * Front desk search by name, e-mail or phone, a page at a time; a whole date typed as the clinic
     * writes dates ({@link TypedDates}: 14/3/1958, 14.3.1958, 1958-03-14) finds who was born that day.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<ParticipantSummary> search(String text, Pageable page) {
        Optional<java.time.LocalDate> born = TypedDates.parse(text);
        if (born.isPresent()) {
            return participants.findBornOn(born.get(), page).map(ParticipantSummary::of).getContent();
        }
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // A typed % or _ is a character to find, not a wildcard; backslash is LIKE's escape on H2 and PostgreSQL.
        String pattern = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return participants.search(pattern, page).map(ParticipantSummary::of).getContent();
    }
}
