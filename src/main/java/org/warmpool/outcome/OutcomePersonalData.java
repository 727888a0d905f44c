package org.warmpool.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome feature's part of the person's own data: every questionnaire they answered, with its
 * answers and score, and a request from staff to answer it again; deleted when the person is erased
 * (health data). Only inside the caller's transaction; the caller checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OutcomePersonalData {

    /** One questionnaire; {@code answers} in item order (Roland-Morris true/false, Oswestry 0-5 or null). */
    public record QuestionnaireRow(String questionnaire, Instant answeredAt, List<Object> answers, BigDecimal score,
            Integer points, Integer answeredSections) {
    }

    private final QuestionnaireAnswerRepository answers;
    private final QuestionnaireRequestRepository requests;

    OutcomePersonalData(QuestionnaireAnswerRepository answers, QuestionnaireRequestRepository requests) {
        this.answers = answers;
        this.requests = requests;
    }

    public List<QuestionnaireRow> questionnaires(long participantId) {
        return answers.findByParticipantIdOrderByAnsweredAtAscIdAsc(participantId).stream()
                .map(a -> new QuestionnaireRow(a.getKind().name(), a.getAnsweredAt(), a.answersInOrder(),
                        a.getScore(), a.getPoints(), a.getAnsweredSections()))
                .toList();
    }

    public void erase(long participantId) {
        answers.deleteAll(answers.findByParticipantIdOrderByAnsweredAtAscIdAsc(participantId));
        requests.findById(participantId).ifPresent(requests::delete);
    }
}
