package org.warmpool.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.account.ResetLinkPersonalData;
import org.warmpool.base.ClinicSettings;
import org.warmpool.booking.BookingPersonalData;
import org.warmpool.notification.NotificationPersonalData;
import org.warmpool.participant.DoctorRecord;
import org.warmpool.participant.Intake;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantPersonalData;
import org.warmpool.outcome.OutcomePersonalData;
import org.warmpool.progress.ProgressPersonalData;
import org.warmpool.security.AppUser;
import org.warmpool.security.Roles;

/**
 * "Your data": everything the clinic holds about the logged-in participant, for them to download.
 * Always the caller's own data (there is no id to pass). Reading it writes nothing to the audit
 * log: the audit log records staff access, and this is the person reading their own record.
 */
@Service
public class PersonalDataService {

    private final MyParticipant me;
    private final ParticipantPersonalData participants;
    private final BookingPersonalData bookings;
    private final ProgressPersonalData progress;
    private final OutcomePersonalData outcomes;
    private final NotificationPersonalData notifications;
    private final ResetLinkPersonalData resetLinks;
    private final ClinicSettings clinic;
    private final Clock clock;

    PersonalDataService(MyParticipant me, ParticipantPersonalData participants, BookingPersonalData bookings,
            ProgressPersonalData progress, OutcomePersonalData outcomes, NotificationPersonalData notifications, ResetLinkPersonalData resetLinks,
            ClinicSettings clinic, Clock clock) {
        this.me = me;
        this.participants = participants;
        this.bookings = bookings;
        this.progress = progress;
        this.outcomes = outcomes;
        this.notifications = notifications;
        this.resetLinks = resetLinks;
        this.clinic = clinic;
        this.clock = clock;
    }

    /**
     * Checks, without reading the data, that the logged-in account has a participant record to
     * download (an account made by hand may have none).
     *
     * @throws org.warmpool.base.RuleViolationException saying so, when it has none
     */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public void requireRecord() {
        me.require();
    }

    /** The logged-in participant's data as one document (see {@link PersonalData}). */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public PersonalData mine() {
        Participant participant = me.require();
        long id = participant.getId();
        PersonalData data = new PersonalData(clinic.timeZone(), clock.instant(), clinic.name());
        AppUser account = participant.getUser();
        if (account != null) {
            data.put("account", data.row("email", account.getEmail(), "name", account.getDisplayName(),
                    "roles", account.getRoles().stream().sorted().toList(),
                    "createdAt", account.getCreatedAt(), "lastLoginAt", account.getLastLoginAt(),
                    "enabled", account.isEnabled()));
        }
        data.put("participant", data.row("participantId", id, "fullName", participant.getFullName(),
                "email", participant.getEmail(), "phone", participant.getPhone(),
                "dateOfBirth", participant.getDateOfBirth(),
                "emergencyContactName", participant.getEmergencyContactName(),
                "emergencyContactPhone", participant.getEmergencyContactPhone(),
                "registeredAt", participant.getRegisteredAt(), "consentGivenAt", participant.getConsentGivenAt(),
                "registeredAtTheFrontDesk", participant.isWalkIn(), "acceptedLevel", participant.getCurrentLevel(),
                "levelSetAside", participant.getLevelSetAside().map(aside -> data.row("level", aside.fromLevel(),
                        "at", aside.at(), "reason", aside.reason())).orElse(null)));
        data.put("intakes", participants.intakes(id).stream().map(intake -> intake(data, intake)).toList());
        List<BookingPersonalData.BookingRow> bookingRows = bookings.bookings(id);
        data.put("bookings", bookingRows.stream().map(b -> data.row("bookingId", b.bookingId(),
                "classDate", b.classDate(), "classStart", b.classStart(), "className", b.className(),
                "pool", b.pool(), "classStatus", PersonalData.code(b.classStatus()), "status", PersonalData.code(b.status()),
                "waitlistPosition", b.waitlistPosition(), "bookedAt", b.bookedAt(), "bookedBy", b.bookedBy(),
                "confirmedAt", b.confirmedAt(), "overrideReason", b.overrideReason(),
                "bookedWithMakeupCredit", b.bookedWithMakeupCredit(), "cancelledAt", b.cancelledAt(),
                "cancelledBy", b.cancelledBy(), "lateCancellation", b.lateCancellation(),
                "cancelledByClinic", b.cancelledByClinic(), "attendance", PersonalData.code(b.attendance()),
                "log", b.log().stream().map(entry -> data.row("at", entry.occurredAt(), "by", entry.actor(),
                        "action", PersonalData.code(entry.action()), "reason", entry.reason())).toList())).toList());
        data.put("attendance", bookingRows.stream().filter(b -> b.attendance() != null)
                .map(b -> data.row("bookingId", b.bookingId(), "classDate", b.classDate(),
                        "classStart", b.classStart(), "className", b.className(), "attendance", PersonalData.code(b.attendance()),
                        "markedAt", b.attendanceMarkedAt(), "markedBy", b.attendanceMarkedBy()))
                .toList());
        Map<Long, BookingPersonalData.BookingRow> byId = bookingRows.stream()
                .collect(java.util.stream.Collectors.toMap(BookingPersonalData.BookingRow::bookingId, b -> b));
        data.put("painCheckIns", progress.pain(bookingRows.stream().map(BookingPersonalData.BookingRow::bookingId)
                .toList()).stream().map(pain -> data.row("bookingId", pain.bookingId(),
                        "classDate", byId.get(pain.bookingId()).classDate(),
                        "className", byId.get(pain.bookingId()).className(), "painBefore", pain.painBefore(),
                        "painAfter", pain.painAfter(), "recordedAt", pain.recordedAt(),
                        "recordedBy", pain.recordedBy())).toList());
        data.put("levelSuggestions", progress.suggestions(id).stream().map(s -> data.row("direction", PersonalData.code(s.direction()),
                "fromLevel", s.fromLevel(), "toLevel", s.toLevel(), "reason", s.reason(), "createdAt", s.createdAt(),
                "status", PersonalData.code(s.status()), "decidedBy", s.decidedBy(), "decidedAt", s.decidedAt(), "note", s.note()))
                .toList());
        data.put("questionnaires", outcomes.questionnaires(id).stream().map(q -> data.row("questionnaire",
                PersonalData.code(q.questionnaire()), "answeredAt", q.answeredAt(), "answers", q.answers(),
                "score", q.score(), "points", q.points(), "answeredSections", q.answeredSections())).toList());
        data.put("makeupCredits", bookings.credits(id).stream().map(c -> data.row("forCancelledClass",
                c.forCancelledClass(), "cancelledClassDate", c.cancelledClassDate(), "issuedAt", c.issuedAt(),
                "validUntil", c.validUntil(), "usedAt", c.usedAt())).toList());
        data.put("messages", notifications.messages(id).stream().map(m -> data.row("createdAt", m.createdAt(),
                "kind", PersonalData.code(m.kind()), "title", m.title(), "body", m.body(), "readAt", m.readAt(),
                "emailedTo", m.emailedTo(), "emailStatus", PersonalData.code(m.emailStatus()), "emailSentAt", m.emailSentAt()))
                .toList());
        data.put("accountInvitations", participants.invitations(id).stream().map(i -> data.row("createdAt",
                i.createdAt(), "createdBy", i.createdBy(), "expiresAt", i.expiresAt(), "usedAt", i.usedAt(),
                "replacedAt", i.replacedAt())).toList());
        data.put("resetLinks", account == null ? List.of() : resetLinks.of(account.getId()).stream()
                .map(r -> data.row("createdAt", r.createdAt(), "createdBy", r.createdBy(),
                        "expiresAt", r.expiresAt(), "usedAt", r.usedAt(), "replacedAt", r.replacedAt()))
                .toList());
        data.put("auditLog", participants.auditEntries(id).stream().map(a -> data.row("at", a.getOccurredAt(),
                "by", a.getActor(), "action", PersonalData.code(a.getAction()), "details", a.getDetails())).toList());
        return data;
    }

    private static Map<String, Object> intake(PersonalData data, Intake intake) {
        return data.row("intakeId", intake.getId(), "status", intake.getStatus(), "startedAt", intake.getStartedAt(),
                "submittedAt", intake.getSubmittedAt(), "painNow", intake.getPainNow(),
                "painDuration", intake.getPainDuration(), "painWeeks", intake.getPainWeeks(),
                "condition", intake.getCondition(), "redFlags", intake.getRedFlags().stream().sorted().toList(),
                "contraindications", intake.getContraindications().stream().sorted().toList(),
                "needsLiftOrRamp", intake.getNeedsLift(), "comfortableInDeepWater", intake.getDeepWaterOk(),
                "preferredDays", intake.getPreferredDays().stream().sorted().toList(),
                "preferredTimes", intake.getPreferredTimes().stream().sorted().toList(),
                "screening", intake.getOutcome(),
                "medicalClearance", intake.clearance().map(record -> doctor(data, record)).orElse(null),
                "doctorSeenAfterRedFlag", intake.doctorSeen().map(record -> doctor(data, record)).orElse(null));
    }

    private static Map<String, Object> doctor(PersonalData data, DoctorRecord record) {
        return data.row("on", record.day(), "doctor", record.doctor(), "note", record.note(),
                "recordedBy", record.recordedBy(), "recordedAt", record.recordedAt());
    }
}
