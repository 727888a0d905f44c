package org.warmpool.program;

import java.util.List;
import org.warmpool.base.SessionReference;

/** A saved level, with the upcoming sessions now in water colder than it asks for. */
public record LevelChange(ClassLevel level, List<SessionReference> sessionsInColderWater) {
}
