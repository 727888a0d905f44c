package org.warmpool.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.warmpool.participant.TimeOfDay;

/**
 * What a participant narrows their classes to: one date or one weekday, a time of day and a level.
 * A part left null lets every class through. Dates and times are the classes' own, which are the
 * clinic's local times, so "morning" means the morning at the pool.
 */
public record ClassFilter(LocalDate date, DayOfWeek weekday, TimeOfDay timeOfDay, Integer level) {

    /** Every class. */
    public static final ClassFilter ALL = new ClassFilter(null, null, null, null);

    public boolean matches(Candidate session) {
        return matches(session.date(), session.start(), session.level().number());
    }

    /** Whether a class of this level starting on this date at this time passes. */
    public boolean matches(LocalDate classDate, LocalTime start, int levelNumber) {
        return (date == null || date.equals(classDate))
                && (weekday == null || weekday == classDate.getDayOfWeek())
                && (timeOfDay == null || timeOfDay == TimeOfDay.of(start))
                && (level == null || level == levelNumber);
    }

    /** The same result with only the classes that match, in the same order; a blocked result stays as it is. */
    public MatchResult apply(MatchResult result) {
        if (result.blockedBecause() != null || equals(ALL)) {
            return result;
        }
        List<Recommendation> recommendations = result.recommendations().stream()
                .filter(recommendation -> matches(recommendation.session())).toList();
        List<Rejection> rejections = result.rejections().stream()
                .filter(rejection -> matches(rejection.session())).toList();
        return new MatchResult(null, recommendations, rejections);
    }

    public ClassFilter onDate(LocalDate newDate) {
        return new ClassFilter(newDate, null, timeOfDay, level);
    }

    public ClassFilter onWeekday(DayOfWeek newWeekday) {
        return new ClassFilter(null, newWeekday, timeOfDay, level);
    }

    public ClassFilter at(TimeOfDay newTimeOfDay) {
        return new ClassFilter(date, weekday, newTimeOfDay, level);
    }

    public ClassFilter atLevel(Integer newLevel) {
        return new ClassFilter(date, weekday, timeOfDay, newLevel);
    }
}
