package org.warmpool.progress;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.participant.AuditAction;
import org.warmpool.participant.MyParticipant;
import org.warmpool.participant.ParticipantRecordService;
import org.warmpool.participant.Participant;
import org.warmpool.participant.ParticipantDirectory;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;

/**
 * A participant's progress and the decisions on progression suggestions. Who may see it follows
 * the health-data rule of {@link ParticipantRecordService}: the participant themselves; the front desk and
 * administrators (each view audited); an instructor only participants on their rosters. Staff and
 * such an instructor accept or dismiss a suggestion; accepting sets the participant's level, which
 * matching uses from then on. Nothing changes without acceptance.
 */
@Service
@Transactional
public class ProgressService {

    private final ParticipantRecordService records;
    private final MyParticipant me;
    private final PainHistory history;
    private final ProgressionSuggestionRepository suggestions;
    private final Suggestions advisor;
    private final ParticipantDirectory participants;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(ParticipantRecordService records, MyParticipant me, PainHistory history,
            ProgressionSuggestionRepository suggestions, Suggestions advisor, ParticipantDirectory participants,
            CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.me = me;
        this.history = history;
        this.suggestions = suggestions;
        this.advisor = advisor;
        this.participants = participants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The logged-in participant's own progress. */
    @RolesAllowed(Roles.PARTICIPANT)
    @Transactional(readOnly = true)
    public Progress mine() {
        return of(me.id());
    }

    /**
     * A participant's progress: their own, anyone's for staff, or an instructor's participant.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    @RolesAllowed({Roles.PARTICIPANT, Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    @Transactional(readOnly = true)
    public Progress of(long participantId) {
        Participant participant = records.openHealthData(participantId, AuditAction.VIEWED_PROGRESS,
                "Opened the participant's progress");
        boolean mayDecide = isStaff() || currentUser.hasRole(Role.INSTRUCTOR) && !isSelf(participant);
        Map<Integer, String> titles = levelTitles();
        List<ClassPain> classes = history.of(participantId);
        Map<Integer, Long> counts = classes.stream().collect(Collectors.groupingBy(ClassPain::levelNumber,
                TreeMap::new, Collectors.counting()));
        List<Progress.LevelCount> perLevel = counts.entrySet().stream().map(e -> new Progress.LevelCount(e.getKey(),
                titles.getOrDefault(e.getKey(), "Level " + e.getKey()), e.getValue().intValue())).toList();
        Optional<Progress.SuggestionSummary> open = suggestions.findFirstByParticipantIdAndStatusOrderByCreatedAtDesc(
                participantId, SuggestionStatus.OPEN).map(s -> new Progress.SuggestionSummary(s.getId(),
                s.getDirection(), titles.getOrDefault(s.getFromLevel(), "Level " + s.getFromLevel()),
                titles.getOrDefault(s.getToLevel(), "Level " + s.getToLevel()), s.getReason(), s.getCreatedAt()));
        Integer level = participant.getCurrentLevel();
        return new Progress(participantId, participant.getFullName(), level,
                level == null ? null : titles.getOrDefault(level, "Level " + level), classes, perLevel, open,
                mayDecide, participant.getLevelSetAside().map(aside -> isSelf(participant)
                        ? aside.wordsForParticipant(clock.getZone()) : aside.wordsForStaff(clock.getZone()))
                        .orElse(null));
    }

    /** Accepts an open suggestion: the participant's level becomes the suggested one. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    public void accept(long suggestionId, String note) {
        ProgressionSuggestion suggestion = decidable(suggestionId, note, AuditAction.ACCEPTED_PROGRESSION, "Accepted");
        participants.setCurrentLevel(suggestion.getParticipantId(), suggestion.getToLevel());
        suggestion.decide(true, currentUser.actor(), clock.instant(), Texts.blankToNull(note));
    }

    /** Dismisses an open suggestion; it comes back only if new pain data supports it again. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.INSTRUCTOR})
    public void dismiss(long suggestionId, String note) {
        ProgressionSuggestion suggestion = decidable(suggestionId, note, AuditAction.DISMISSED_PROGRESSION, "Dismissed");
        suggestion.decide(false, currentUser.actor(), clock.instant(), Texts.blankToNull(note));
    }

    private ProgressionSuggestion decidable(long suggestionId, String note, AuditAction action, String verb) {
        if (note != null && note.strip().length() > ProgressionSuggestion.NOTE_MAX_LENGTH) {
            throw new RuleViolationException("The note can be " + ProgressionSuggestion.NOTE_MAX_LENGTH
                    + " characters at most.");
        }
        ProgressionSuggestion suggestion = suggestions.findById(suggestionId)
                .orElseThrow(() -> new RuleViolationException("This suggestion no longer exists."));
        // Staff, or an instructor of a class the participant booked (the health-data rule); audited.
        records.openHealthData(suggestion.getParticipantId(), action, verb + ": "
                + suggestion.getDirection().label() + " from level " + suggestion.getFromLevel() + " to "
                + suggestion.getToLevel());
        if (suggestion.getStatus() != SuggestionStatus.OPEN) {
            throw new RuleViolationException("This suggestion was already decided, or newer pain data replaced it. "
                    + "Open the page again to see the latest.");
        }
        return suggestion;
    }

    private Map<Integer, String> levelTitles() {
        return advisor.levelRanges().stream().collect(Collectors.toMap(ProgressionAdvisor.LevelRange::number,
                ProgressionAdvisor.LevelRange::title, (a, b) -> a, TreeMap::new));
    }

    private boolean isStaff() {
        return currentUser.isStaff();
    }

    private boolean isSelf(Participant participant) {
        return me.is(participant.getId());
    }
}
