package org.warmpool.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * The H2 trigger that keeps each class's figures as its bookings change: attended places, no-shows,
 * late cancellations and the bookings ever in its waitlist, for the reports, and (since V31) the
 * people in its waitlist now, for the matcher's rule on a full waitlist ({@code class_session}'s
 * {@code *_count} columns). Installed by {@code db/vendor/h2/V30__class_session_kept_figures.sql};
 * PostgreSQL has a plpgsql function of its own with the same rules. H2 loads this class by name, so
 * it stays public with a public constructor, and its name never changes (the database file records it).
 */
public final class BookingKeepsClassFigures implements Trigger {

    private static final String[] COLUMNS = {"SESSION_ID", "STATUS", "ATTENDANCE", "LATE_CANCELLATION",
        "BOOKED_AT", "CONFIRMED_AT"};
    private static final int SESSION = 0;
    private static final int STATUS = 1;
    private static final int ATTENDANCE = 2;
    private static final int LATE = 3;
    private static final int BOOKED_AT = 4;
    private static final int CONFIRMED_AT = 5;
    private static final int[] NONE = new int[5];

    /** Where each of {@link #COLUMNS} is in the rows H2 hands over. */
    private final int[] position = new int[COLUMNS.length];

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                positions.put(columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT),
                        columns.getInt("ORDINAL_POSITION") - 1);
            }
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            Integer found = positions.get(COLUMNS[i]);
            if (found == null) {
                throw new SQLException("booking has no column " + COLUMNS[i]);
            }
            position[i] = found;
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        int[] was = oldRow == null ? NONE : figures(oldRow);
        int[] nowIs = newRow == null ? NONE : figures(newRow);
        Object oldSession = oldRow == null ? null : oldRow[position[SESSION]];
        Object newSession = newRow == null ? null : newRow[position[SESSION]];
        if (oldSession != null && oldSession.equals(newSession)) {
            add(conn, newSession, difference(nowIs, was));
            return;
        }
        if (oldSession != null) {
            add(conn, oldSession, difference(NONE, was));
        }
        if (newSession != null) {
            add(conn, newSession, nowIs);
        }
    }

    /** Attended, no-show, late cancellation, ever waitlisted, waiting now: 1 or 0 each. */
    private int[] figures(Object[] row) {
        Object status = row[position[STATUS]];
        boolean confirmed = "CONFIRMED".equals(status);
        Object attendance = row[position[ATTENDANCE]];
        Object confirmedAt = row[position[CONFIRMED_AT]];
        return new int[] {
            confirmed && "ATTENDED".equals(attendance) ? 1 : 0,
            confirmed && "NO_SHOW".equals(attendance) ? 1 : 0,
            Boolean.TRUE.equals(row[position[LATE]]) ? 1 : 0,
            confirmedAt == null || after(confirmedAt, row[position[BOOKED_AT]]) ? 1 : 0,
            "WAITLISTED".equals(status) ? 1 : 0};
    }

    private static boolean after(Object time, Object than) {
        return OffsetDateTime.from((TemporalAccessor) time).isAfter(OffsetDateTime.from((TemporalAccessor) than));
    }

    private static int[] difference(int[] nowIs, int[] was) {
        int[] change = new int[nowIs.length];
        for (int i = 0; i < change.length; i++) {
            change[i] = nowIs[i] - was[i];
        }
        return change;
    }

    private static void add(Connection conn, Object sessionId, int[] change) throws SQLException {
        if (Arrays.equals(change, NONE)) {
            return;
        }
        try (PreparedStatement update = conn.prepareStatement("UPDATE class_session SET attended_count = "
                + "attended_count + ?, no_show_count = no_show_count + ?, late_cancelled_count = "
                + "late_cancelled_count + ?, waitlisted_count = waitlisted_count + ?, waiting_count = "
                + "waiting_count + ? WHERE id = ?")) {
            for (int i = 0; i < change.length; i++) {
                update.setInt(i + 1, change[i]);
            }
            update.setObject(change.length + 1, sessionId);
            update.executeUpdate();
        }
    }
}
