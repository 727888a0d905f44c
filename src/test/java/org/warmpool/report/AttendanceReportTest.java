package org.warmpool.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attendance page reads its list of late cancellations and no-shows a page at a time: the
 * classes a page asks for, and the rows passed over in the first, give exactly that page's rows of
 * the whole list, for every page of every size.
 */
class AttendanceReportTest {

    /** Classes 1 to 7 with these numbers of late cancellations and no-shows. */
    private static final int[][] MISSED = {{2, 0}, {0, 0}, {1, 2}, {0, 1}, {0, 0}, {4, 0}, {0, 0}};

    @Test
    void eachPageOfTheNamesComesFromTheClassesThatHoldIt() {
        AttendanceReport report = new AttendanceReport(classes(), List.of());
        List<Long> allRows = new ArrayList<>(); // one entry per name: the class it belongs to
        for (SessionFigures session : report.sessions()) {
            for (long k = 0; k < session.noShows() + session.lateCancellations(); k++) {
                allRows.add(session.sessionId());
            }
        }
        assertThat(report.missedCount()).isEqualTo(10).isEqualTo(allRows.size());

        for (int limit = 1; limit <= 12; limit++) {
            for (int offset = 0; offset <= 12; offset++) {
                AttendanceReport.Range range = report.missedRange(offset, limit);
                List<Long> fetched = new ArrayList<>();
                for (long sessionId : range.sessionIds()) {
                    allRows.stream().filter(id -> id == sessionId).forEach(fetched::add);
                }
                List<Long> page = fetched.stream().skip(range.skip()).limit(limit).toList();
                assertThat(page).as("offset %d, limit %d", offset, limit)
                        .isEqualTo(allRows.subList(Math.min(offset, 10), Math.min(offset + limit, 10)));
                assertThat(range.sessionIds()).as("only classes with names on the page")
                        .allSatisfy(id -> assertThat(page).contains(id));
            }
        }
    }

    @Test
    void aPageAtTheStartOfAClassPassesOverNothing() {
        AttendanceReport report = new AttendanceReport(classes(), List.of());

        assertThat(report.missedRange(0, 2)).isEqualTo(new AttendanceReport.Range(List.of(1L), 0));
        assertThat(report.missedRange(3, 3)).isEqualTo(new AttendanceReport.Range(List.of(3L, 4L), 1));
        assertThat(report.missedRange(6, 50)).isEqualTo(new AttendanceReport.Range(List.of(6L), 0));
        assertThat(report.missedRange(10, 50).sessionIds()).isEmpty();
    }

    private static List<SessionFigures> classes() {
        List<SessionFigures> classes = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 2);
        for (int i = 0; i < MISSED.length; i++) {
            LocalTime start = LocalTime.of(9 + i, 0);
            classes.add(new SessionFigures(i + 1, day, start, Instant.parse("2026-11-02T00:00:00Z").plusSeconds(3600L * i),
                    1, "Gentle Mobility", "Pool", 8, false, 6, 4, MISSED[i][1], MISSED[i][0]));
        }
        return classes;
    }
}
