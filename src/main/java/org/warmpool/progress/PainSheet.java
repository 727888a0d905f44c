package org.warmpool.progress;

import java.util.List;
import org.warmpool.schedule.ScheduledSession;

/** A class and everyone with a place in it, for entering pain before and after. */
public record PainSheet(ScheduledSession session, int flareRise, List<PainRow> rows) {
}
