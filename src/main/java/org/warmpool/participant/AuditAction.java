package org.warmpool.participant;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of audit log entry, with its words: for the administrator's audit page ("Opened the
 * health record") and for the participant's "Who has seen my record" ("Opened your health record").
 * The one place these words live; the audit log stores {@link #name()}. A new kind needs both.
 */
public enum AuditAction {
    VIEWED_HEALTH_RECORD("Opened the health record", "Opened your health record"),
    OPENED_INTAKE("Opened the intake form", "Opened your intake form"),
    CHANGED_INTAKE("Changed the intake", "Changed your intake"),
    SUBMITTED_INTAKE("Sent the intake", "Sent your intake"),
    RECORDED_CLEARANCE("Recorded the medical clearance", "Recorded your medical clearance"),
    RECORDED_DOCTOR_SEEN("Recorded a doctor's visit", "Recorded that you saw a doctor"),
    REGISTERED_WALK_IN("Registered at the front desk", "Registered you at the front desk"),
    ACCOUNT_INVITATION("Made an account invitation", "Made an invitation to open your account"),
    ACCOUNT_CREATED("Account opened from an invitation", "Opened your account from an invitation"),
    SET_LEVEL_ASIDE("Set the class level aside", "Set your class level aside"),
    VIEWED_PROGRESS("Opened the progress page", "Opened your progress"),
    ACCEPTED_PROGRESSION("Accepted a change of level", "Accepted a change of your class level"),
    DISMISSED_PROGRESSION("Dismissed a change of level", "Dismissed a suggested change of your class level"),
    VIEWED_PAIN_CHECK_IN("Opened a class's pain check-in", "Opened the pain check-in of your class"),
    VIEWED_QUESTIONNAIRES("Opened the questionnaire scores", "Opened your questionnaire scores"),
    REQUESTED_QUESTIONNAIRE("Asked for the questionnaire again", "Asked you to answer the questionnaire again"),
    ERASED_PARTICIPANT("Erased the participant's data on request", "Erased your data on request");

    private final String staffWords;
    private final String participantWords;

    AuditAction(String staffWords, String participantWords) {
        this.staffWords = staffWords;
        this.participantWords = participantWords;
    }

    /** For the administrator: what was done, to "the" record. */
    public String staffWords() {
        return staffWords;
    }

    /** For the participant: what was done to "your" record. */
    public String participantWords() {
        return participantWords;
    }

    public static Optional<AuditAction> of(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst();
    }

    /** The administrator's words for a stored code; a code no longer known is shown as it is. */
    public static String staffWords(String code) {
        return of(code).map(AuditAction::staffWords).orElse(code);
    }

    /** The participant's words for a stored code; a code no longer known says only that it was looked at. */
    public static String participantWords(String code) {
        return of(code).map(AuditAction::participantWords).orElse("Looked at or changed your record");
    }
}
