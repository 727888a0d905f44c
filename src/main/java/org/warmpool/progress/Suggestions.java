package org.warmpool.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.booking.AttendanceMarked;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ProgrammeSettings;
import org.warmpool.program.ProgrammeSettingsService;

/**
 * Asks the {@link ProgressionAdvisor} again whenever a participant's pain data changes, and keeps
 * at most one open suggestion: the same advice keeps the open one (with fresh words), other or no
 * advice withdraws it. A dismissed suggestion therefore comes back only with new pain data.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Suggestions {

    private final PainHistory history;
    private final ProgressionSuggestionRepository suggestions;
    private final ParticipantDirectory participants;
    private final ClassLevelService levels;
    private final ProgrammeSettingsService programme;
    private final Clock clock;

    Suggestions(PainHistory history, ProgressionSuggestionRepository suggestions, ParticipantDirectory participants,
            ClassLevelService levels, ProgrammeSettingsService programme, Clock clock) {
        this.history = history;
        this.suggestions = suggestions;
        this.participants = participants;
        this.levels = levels;
        this.programme = programme;
        this.clock = clock;
    }

    /** Attendance marked or corrected (a class counted or no longer counted): ask again. */
    @EventListener
    void onAttendanceMarked(AttendanceMarked marked) {
        reconsider(marked.participantId());
    }

    /** New pain data for the participant: what does the advisor say now? */
    void reconsider(long participantId) {
        // One decision at a time per participant, also across application nodes.
        Participant participant = participants.lock(participantId);
        // Only the classes since staff last set the level: earlier flares and good runs were acted on.
        Optional<Instant> levelSet = suggestions.findFirstByParticipantIdAndStatusOrderByDecidedAtDesc(participantId,
                SuggestionStatus.ACCEPTED).map(ProgressionSuggestion::getDecidedAt);
        List<ProgressionAdvisor.SessionPain> pains = history.of(participantId).stream()
                .filter(c -> levelSet.isEmpty()
                        || c.date().atTime(c.start()).atZone(clock.getZone()).toInstant().isAfter(levelSet.get()))
                .map(ClassPain::forAdvisor).toList();
        Optional<ProgressionAdvisor.Suggestion> advice = ProgressionAdvisor.advise(pains,
                participant.getCurrentLevel(), levelRanges(), thresholds());
        Optional<ProgressionSuggestion> open = suggestions.findFirstByParticipantIdAndStatusOrderByCreatedAtDesc(
                participantId, SuggestionStatus.OPEN);
        if (open.isPresent()) {
            if (advice.isPresent() && open.get().says(advice.get())) {
                open.get().reword(advice.get().reason());
                return;
            }
            open.get().withdraw();
            suggestions.flush();
        }
        advice.ifPresent(a -> suggestions.save(new ProgressionSuggestion(participantId, a, clock.instant())));
    }

    List<ProgressionAdvisor.LevelRange> levelRanges() {
        return levels.listAll().stream().map(l -> new ProgressionAdvisor.LevelRange(l.getLevelNumber(), l.getName(),
                l.getPainMin(), l.getPainMax())).toList();
    }

    ProgressionAdvisor.Thresholds thresholds() {
        ProgrammeSettings s = programme.current();
        return new ProgressionAdvisor.Thresholds(s.getUpAfterSessions(), s.getUpPainAfterCount(),
                s.getUpNoFlareInLast(), s.getFlareRise(), s.getDownAfterFlares(), s.getDownPainBeforeFrom());
    }
}
