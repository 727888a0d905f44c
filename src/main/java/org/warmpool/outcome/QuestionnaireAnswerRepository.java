package org.warmpool.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionnaireAnswerRepository extends JpaRepository<QuestionnaireAnswer, Long> {

    /** Oldest first. */
    List<QuestionnaireAnswer> findByParticipantIdOrderByAnsweredAtAscIdAsc(long participantId);

    Optional<QuestionnaireAnswer> findFirstByParticipantIdOrderByAnsweredAtDescIdDesc(long participantId);
}
