package org.warmpool.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressionSuggestionRepository extends JpaRepository<ProgressionSuggestion, Long> {

    Optional<ProgressionSuggestion> findFirstByParticipantIdAndStatusOrderByCreatedAtDesc(long participantId,
            SuggestionStatus status);

    Optional<ProgressionSuggestion> findFirstByParticipantIdAndStatusOrderByDecidedAtDesc(long participantId,
            SuggestionStatus status);

    List<ProgressionSuggestion> findByParticipantIdInAndStatus(Collection<Long> participantIds,
            SuggestionStatus status);

    List<ProgressionSuggestion> findByParticipantIdOrderByCreatedAtAscIdAsc(long participantId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "delete from ProgressionSuggestion s where s.participantId = :participantId")
    int deleteOfParticipant(long participantId);
}
