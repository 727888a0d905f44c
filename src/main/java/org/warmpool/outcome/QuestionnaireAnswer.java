package org.warmpool.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.warmpool.base.AbstractEntity;

/**
 * One questionnaire a participant answered, with its score worked out when they answered: health
 * data, written once. The answers are kept in item order, one character each (Roland-Morris: Y or
 * N; Oswestry: 0 to 5, or - for a skipped section).
 */
@Entity
@Table(name = "questionnaire_answer")
public class QuestionnaireAnswer extends AbstractEntity {

    public static final int ANSWERS_MAX_LENGTH = RolandMorris.ITEMS;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 4)
    private Questionnaire kind;

    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;

    @Column(nullable = false, updatable = false, length = ANSWERS_MAX_LENGTH)
    private String answers;

    @Column(nullable = false, updatable = false, precision = 4, scale = 1)
    private BigDecimal score;

    @Column(updatable = false)
    private Integer points;

    @Column(name = "answered_sections", updatable = false)
    private Integer answeredSections;

    protected QuestionnaireAnswer() {
    }

    static QuestionnaireAnswer rolandMorris(long participantId, List<Boolean> applies, Instant at) {
        QuestionnaireAnswer answer = new QuestionnaireAnswer();
        answer.participantId = participantId;
        answer.kind = Questionnaire.RMDQ;
        answer.answeredAt = at;
        answer.score = BigDecimal.valueOf(RolandMorris.score(applies)).setScale(1);
        StringBuilder text = new StringBuilder();
        applies.forEach(yes -> text.append(yes ? 'Y' : 'N'));
        answer.answers = text.toString();
        return answer;
    }

    static QuestionnaireAnswer oswestry(long participantId, List<Integer> sections, Oswestry.Index index, Instant at) {
        QuestionnaireAnswer answer = new QuestionnaireAnswer();
        answer.participantId = participantId;
        answer.kind = Questionnaire.ODI;
        answer.answeredAt = at;
        answer.score = index.percent();
        answer.points = index.points();
        answer.answeredSections = index.answeredSections();
        StringBuilder text = new StringBuilder();
        sections.forEach(points -> text.append(points == null ? "-" : String.valueOf(points)));
        answer.answers = text.toString();
        return answer;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Questionnaire getKind() {
        return kind;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** Roland-Morris: 0-24 points; Oswestry: the index in percent, to one decimal. */
    public BigDecimal getScore() {
        return score;
    }

    public Integer getPoints() {
        return points;
    }

    public Integer getAnsweredSections() {
        return answeredSections;
    }

    /** The stored answers in item order: Roland-Morris true/false, Oswestry 0-5 or null for skipped. */
    public List<Object> answersInOrder() {
        List<Object> each = new ArrayList<>();
        for (char c : answers.toCharArray()) {
            each.add(kind == Questionnaire.RMDQ ? (Object) (c == 'Y') : c == '-' ? null : (Object) (c - '0'));
        }
        return each;
    }
}
