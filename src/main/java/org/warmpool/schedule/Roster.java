package org.warmpool.schedule;

import java.util.List;

public record Roster(ScheduledSession session, List<String> participants) {
}
