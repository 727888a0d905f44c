package org.warmpool.outcome;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.AttendedClasses;
import org.warmpool.booking.FirstClasses;
import org.warmpool.participant.AuditAction;
import org.warmpool.participant.IntakeCompletion;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.program.ProgrammeSettingsService;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Roles;

/**
 * The outcome questionnaire (Roland-Morris or Oswestry, as the clinic chose): when a participant
 * should answer it, their answers and scores, and staff asking for it again. It is due once the
 * intake is sent, then again after every so many attended classes (a programme rule, default 6)
 * since the last answer, and whenever staff ask. Scores are health data and follow the rule of
 * {@link ParticipantRecordService}: the participant themselves, staff (audited), an instructor
 * within their roster access window (audited).
 */
@Service
@Transactional
public class QuestionnaireService {

    /** At most this many questionnaire ids in one audit entry. */
    static final int AUDITED_REFERENCES = 30;

    private final QuestionnaireAnswerRepository answers;
    private final QuestionnaireRequestRepository requests;
    private final ParticipantRecordService records;
    private final MyParticipant me;
    private final IntakeCompletion intakes;
    private final AttendedClasses attended;
    private final ProgrammeSettingsService programme;
    private final ClinicSettings clinic;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FirstClasses firstClasses;

    QuestionnaireService(QuestionnaireAnswerRepository answers, QuestionnaireRequestRepository requests,
            ParticipantRecordService records, MyParticipant me, IntakeCompletion intakes, AttendedClasses attended,
            ProgrammeSettingsService programme, ClinicSettings clinic, CurrentUser currentUser, Clock clock,
            FirstClasses firstClasses) {
        this.firstClasses = firstClasses;
        this.answers = answers;
        this.requests = requests;
        this.records = records;
        this.me = me;
        this.intakes = intakes;
        this.attended = attended;
        this.programme = programme;
        this.clinic = clinic;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the logged-in participant's questionnaire is due, and which one the clinic uses. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public Outcomes.Due myDue() {
        return due(me.id(), settings());
    }

    /** The logged-in participant's own scores. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public Outcomes mine() {
        return of(me.id());
    }

    /**
     * A participant's scores over time: their own, anyone's for staff, an instructor's participant
     * (staff and instructor reads audited with the questionnaires' references only).
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Outcomes of(long participantId) {
        records.openHealthData(participantId, null, null);
        OutcomeSettings settings = settings();
        List<QuestionnaireAnswer> all = answers.findByParticipantIdOrderByAnsweredAtAscIdAsc(participantId);
        records.openHealthData(participantId, AuditAction.VIEWED_QUESTIONNAIRES, references(all));
        Map<Questionnaire, QuestionnaireAnswer> previous = new HashMap<>();
        List<Outcomes.Score> scores = new ArrayList<>();
        for (QuestionnaireAnswer answer : all) {
            QuestionnaireAnswer before = previous.put(answer.getKind(), answer);
            scores.add(new Outcomes.Score(answer.getId(), answer.getKind(), answer.getAnsweredAt(),
                    answer.getAnsweredAt().atZone(clinic.timeZone()).toLocalDate(), answer.getScore(),
                    before == null ? null : ImportantChange.between(before.getScore(), answer.getScore(),
                            settings.threshold(answer.getKind()))));
        }
        return new Outcomes(participantId, scores, Outcomes.summaries(scores, settings), due(participantId, settings));
    }

    /**
     * Saves the logged-in participant's Roland-Morris answers (24, each {@code true} for "this
     * applies to me today") and returns the score.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    public Outcomes.Score answerRolandMorris(List<Boolean> applies) {
        requireKind(Questionnaire.RMDQ);
        if (applies == null || applies.size() != RolandMorris.ITEMS || applies.contains(null)) {
            throw new RuleViolationException("Please answer yes or no to each of the " + RolandMorris.ITEMS
                    + " statements.");
        }
        long participantId = me.id();
        return saved(QuestionnaireAnswer.rolandMorris(participantId, applies, clock.instant()));
    }

    /**
     * Saves the logged-in participant's Oswestry answers (10 sections, each 0-5, or null for a
     * skipped section; at most 2 skipped) and returns the index.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    public Outcomes.Score answerOswestry(List<Integer> sections) {
        requireKind(Questionnaire.ODI);
        if (sections == null || sections.size() != Oswestry.SECTIONS) {
            throw new RuleViolationException("Please answer the " + Oswestry.SECTIONS + " sections.");
        }
        if (sections.stream().anyMatch(s -> s != null && (s < 0 || s > Oswestry.MAX_PER_SECTION))) {
            throw new RuleViolationException("Choose one of the statements in each section.");
        }
        Optional<Oswestry.Index> index = Oswestry.score(sections);
        if (index.isEmpty()) {
            throw new RuleViolationException("Please answer at least " + (Oswestry.SECTIONS - Oswestry.MAX_SKIPPED)
                    + " of the " + Oswestry.SECTIONS + " sections: you may skip " + Oswestry.MAX_SKIPPED
                    + " at most.");
        }
        long participantId = me.id();
        return saved(QuestionnaireAnswer.oswestry(participantId, sections, index.get(), clock.instant()));
    }

    /** Staff (or the participant's instructor) ask the participant to answer the questionnaire again. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    public void askAgain(long participantId) {
        if (me.is(participantId)) {
            throw new RuleViolationException("Staff ask for the questionnaire; you can answer it at any time.");
        }
        records.openHealthData(participantId, AuditAction.REQUESTED_QUESTIONNAIRE, "Questionnaire request");
        Instant now = clock.instant();
        String by = currentUser.actor();
        requests.findById(participantId).ifPresentOrElse(r -> r.renew(now, by),
                () -> requests.save(new QuestionnaireRequest(participantId, now, by)));
    }

    private Outcomes.Score saved(QuestionnaireAnswer answer) {
        OutcomeSettings settings = settings();
        QuestionnaireAnswer before = answers.findFirstByParticipantIdOrderByAnsweredAtDescIdDesc(answer.getParticipantId())
                .filter(a -> a.getKind() == answer.getKind()).orElse(null);
        answers.save(answer);
        requests.findById(answer.getParticipantId()).ifPresent(requests::delete);
        firstClasses.refresh(answer.getParticipantId()); // the outcomes report's questionnaire figures
        return new Outcomes.Score(answer.getId(), answer.getKind(), answer.getAnsweredAt(),
                answer.getAnsweredAt().atZone(clinic.timeZone()).toLocalDate(), answer.getScore(),
                before == null ? null : ImportantChange.between(before.getScore(), answer.getScore(),
                        settings.threshold(answer.getKind())));
    }

    /** "Questionnaire 12, 15": record references only, the latest few when there are many (the details column is short). */
    static String references(List<QuestionnaireAnswer> all) {
        if (all.isEmpty()) {
            return "Questionnaires: none yet";
        }
        int shown = Math.min(all.size(), AUDITED_REFERENCES);
        String latest = all.subList(all.size() - shown, all.size()).stream().map(a -> String.valueOf(a.getId()))
                .collect(Collectors.joining(", "));
        return "Questionnaire " + latest + (all.size() > shown ? " and " + (all.size() - shown) + " earlier" : "");
    }

    private OutcomeSettings settings() {
        return OutcomeSettings.of(programme.current());
    }

    private void requireKind(Questionnaire kind) {
        OutcomeSettings settings = settings();
        if (intakes.firstSent(me.id()).isEmpty()) {
            throw new RuleViolationException("Please first answer the questions about your pain (the intake). "
                    + "The questionnaire comes after them.");
        }
        if (settings.questionnaire() != kind) {
            throw new RuleViolationException("The clinic uses the " + settings.questionnaire().label()
                    + " questionnaire now. Please open the questionnaire page again.");
        }
    }

    /** Callers check access. */
    private Outcomes.Due due(long participantId, OutcomeSettings settings) {
        Questionnaire kind = settings.questionnaire();
        if (intakes.firstSent(participantId).isEmpty()) {
            return new Outcomes.Due(false, kind, "The questionnaire comes after the first answers about pain (the "
                    + "intake).", 0, false);
        }
        Optional<QuestionnaireAnswer> last = answers.findFirstByParticipantIdOrderByAnsweredAtDescIdDesc(participantId);
        int since = last.map(a -> classesSince(participantId, a.getAnsweredAt())).orElse(0);
        if (requests.existsById(participantId)) {
            return new Outcomes.Due(true, kind, "The clinic asked for it again.", since, true);
        }
        if (last.isEmpty()) {
            return new Outcomes.Due(true, kind, "Not answered yet: once at the start, then again as the classes go "
                    + "on, to show how much back pain gets in the way of daily life.", 0, true);
        }
        if (since >= settings.everyClasses()) {
            return new Outcomes.Due(true, kind, since + " classes attended since the last answers.", since, true);
        }
        return new Outcomes.Due(false, kind, "Next after " + settings.everyClasses() + " classes attended since the "
                + "last answers (" + since + " so far).", since, true);
    }

    private int classesSince(long participantId, Instant answeredAt) {
        return (int) attended.of(participantId).stream()
                .filter(c -> c.date().atTime(c.start()).atZone(clinic.timeZone()).toInstant().isAfter(answeredAt))
                .count();
    }
}
