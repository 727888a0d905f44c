package org.warmpool.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the week shows: one pool, one level, one instructor (each null for all), and words to
 * search for in the class's level, pool and instructor (blank for none). Every word must appear
 * in one of them, ignoring case.
 *
 * @param poolId       the pool, or null for every pool
 * @param levelId      the class level, or null for every level
 * @param instructorId the instructor, or null for every instructor (and classes with none)
 * @param search       words to look for, or null or blank
 */
public record WeekFilter(Long poolId, Long levelId, Long instructorId, String search) {

    /** The whole week: every pool, level and instructor. */
    public static final WeekFilter ALL = new WeekFilter(null, null, null, null);

    /** The longest search the week takes; a longer one is cut to this length. */
    public static final int SEARCH_MAX_LENGTH = 100;

    public WeekFilter {
        search = search == null ? "" : search.strip();
        if (search.length() > SEARCH_MAX_LENGTH) {
            search = search.substring(0, SEARCH_MAX_LENGTH);
        }
    }

    /** Whether the session, taught by this instructor (ids and name null for none), is shown. */
    boolean matches(ClassSession session, Long sessionInstructorId, String instructorName) {
        if (levelId != null && !levelId.equals(session.getLevel().getId())) {
            return false;
        }
        if (instructorId != null && !instructorId.equals(sessionInstructorId)) {
            return false;
        }
        return matchesSearch(session.getLevel().title() + " " + session.getPool().getName() + " "
                + (instructorName == null ? "" : instructorName));
    }

    private boolean matchesSearch(String text) {
        String haystack = text.toLowerCase(Locale.ROOT);
        return words().stream().allMatch(haystack::contains);
    }

    private List<String> words() {
        return search.isEmpty() ? List.of()
                : Arrays.stream(search.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
