package org.warmpool.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Works the waitlists report out of the bookings that waited. The longest waitlist is rebuilt from
 * when each person joined the list and when they left it (got a place or cancelled), up to the
 * class's start: moves within the list do not change its length. Classes the clinic cancelled are
 * left out. Plain Java.
 */
public final class WaitlistCalculator {

    private WaitlistCalculator() {
    }

    public static List<WaitlistLine> calculate(List<SessionFigures> sessions, List<WaitlistPlace> places, Instant now) {
        Map<Long, List<WaitlistPlace>> bySession = places.stream()
                .collect(Collectors.groupingBy(WaitlistPlace::sessionId, LinkedHashMap::new, Collectors.toList()));
        List<WaitlistLine> lines = new ArrayList<>();
        for (SessionFigures session : sessions) {
            List<WaitlistPlace> waited = bySession.get(session.sessionId());
            if (session.cancelledByClinic() || waited == null) {
                continue;
            }
            int automatic = (int) waited.stream().filter(p -> p.promoted() && !p.promotedByHand()).count();
            int byHand = (int) waited.stream().filter(WaitlistPlace::promotedByHand).count();
            Integer neverGotIn = null;
            if (!session.startsAt().isAfter(now)) {
                Set<Long> gotIn = waited.stream().filter(WaitlistPlace::gotAPlace).map(WaitlistPlace::participantId)
                        .collect(Collectors.toSet());
                neverGotIn = (int) waited.stream().map(WaitlistPlace::participantId).filter(p -> !gotIn.contains(p))
                        .distinct().count();
            }
            lines.add(new WaitlistLine(session.sessionId(), session.date(), session.start(), session.levelTitle(),
                    session.poolName(), longest(waited, session.startsAt()), automatic, byHand, neverGotIn));
        }
        return lines;
    }

    /** The most people on the list at one time before {@code start}. */
    static int longest(List<WaitlistPlace> waited, Instant start) {
        record Change(Instant at, int by) {
        }
        List<Change> changes = new ArrayList<>();
        for (WaitlistPlace place : waited) {
            if (!place.joinedAt().isBefore(start)) {
                continue;
            }
            changes.add(new Change(place.joinedAt(), 1));
            Instant left = place.leftAt();
            changes.add(new Change(left == null || left.isAfter(start) ? start : left, -1));
        }
        // Someone leaving and someone joining at the same moment never make the list longer.
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::by));
        int length = 0;
        int longest = 0;
        for (Change change : changes) {
            length += change.by();
            longest = Math.max(longest, length);
        }
        return longest;
    }
}
