package org.warmpool.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress feature's part of the person's own data: pain before and after each class, and the
 * level suggestions with their decisions; deleted when the person is erased (health data). Only
 * inside the caller's transaction; the caller checks who may ask.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ProgressPersonalData {

    public record PainRow(long bookingId, Integer painBefore, Integer painAfter, Instant recordedAt,
            String recordedBy) {
    }

    public record SuggestionRow(String direction, int fromLevel, int toLevel, String reason, Instant createdAt,
            String status, String decidedBy, Instant decidedAt, String note) {
    }

    private final PainCheckInRepository painCheckIns;
    private final ProgressionSuggestionRepository suggestions;

    ProgressPersonalData(PainCheckInRepository painCheckIns, ProgressionSuggestionRepository suggestions) {
        this.painCheckIns = painCheckIns;
        this.suggestions = suggestions;
    }

    /** The pain check-ins of these bookings (the participant's), in the order of the bookings given. */
    public List<PainRow> pain(List<Long> bookingIds) {
        if (bookingIds.isEmpty()) {
            return List.of();
        }
        List<PainCheckIn> rows = painCheckIns.findByBookingIdIn(bookingIds);
        return bookingIds.stream()
                .flatMap(id -> rows.stream().filter(row -> row.getBookingId().equals(id)))
                .map(row -> new PainRow(row.getBookingId(), row.getPainBefore(), row.getPainAfter(),
                        row.getRecordedAt(), row.getRecordedBy()))
                .toList();
    }

    public List<SuggestionRow> suggestions(long participantId) {
        return suggestions.findByParticipantIdOrderByCreatedAtAscIdAsc(participantId).stream()
                .map(s -> new SuggestionRow(s.getDirection().name(), s.getFromLevel(), s.getToLevel(), s.getReason(),
                        s.getCreatedAt(), s.getStatus().name(), s.getDecidedBy(), s.getDecidedAt(), s.getNote()))
                .toList();
    }

    public void erase(long participantId, Collection<Long> bookingIds) {
        if (!bookingIds.isEmpty()) {
            painCheckIns.deleteOfBookings(bookingIds);
        }
        suggestions.deleteOfParticipant(participantId);
    }
}
