package org.warmpool.schedule;

import java.util.List;

/** A session that needs cover, with its qualified, free substitutes, best first. */
public record CoverPlan(CoverNeed need, List<InstructorOption> substitutes) {
}
