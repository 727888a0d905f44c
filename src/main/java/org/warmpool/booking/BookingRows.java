package org.warmpool.booking;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.JdbcInserts;

/**
 * The statements of a booking's seat decision, in plain JDBC on the transaction's connection: they
 * run while the class's row is locked, so everyone booking a popular class waits for them, and
 * Spring Data's and Hibernate's layers around each (the flush check before a query, building and
 * checking an entity) cost more than the statement itself (docs/performance.md, "Benchmark 2").
 * Nothing read here is held by Hibernate's persistence context: the booking is not an entity of
 * this transaction afterwards, and no entity changed before the seat decision needs flushing first.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class BookingRows {

    /** The class's waitlist: how many wait and the last position given (0 when none). */
    record Waitlist(int waiting, long lastPosition) {
    }

    private final JdbcTemplate jdbc;

    BookingRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A booking has a position exactly while it is WAITLISTED (CHECK booking_waitlist_position), so
     * both figures come from the index of the unique (session_id, waitlist_position).
     */
    Waitlist waitlist(long sessionId) {
        return jdbc.queryForObject("select count(waitlist_position), coalesce(max(waitlist_position), 0)"
                + " from booking where session_id = ?", (rs, row) -> new Waitlist(rs.getInt(1), rs.getLong(2)),
                sessionId);
    }

    /** Inserts the new booking; returns its id. The database's constraints check it here. */
    long insert(long sessionId, long participantId, BookingStatus status, Long waitlistPosition, Instant now,
            String by, String overrideReason, Long creditId) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("insert into booking (session_id, participant_id,"
                    + " active_participant_id, status, waitlist_position, booked_at, booked_by, confirmed_at,"
                    + " override_reason, credit_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, sessionId);
            insert.setLong(2, participantId);
            insert.setLong(3, participantId);
            insert.setString(4, status.name());
            insert.setObject(5, waitlistPosition, Types.BIGINT);
            insert.setObject(6, at, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(7, by);
            insert.setObject(8, status == BookingStatus.CONFIRMED ? at : null, Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setObject(9, overrideReason, Types.VARCHAR);
            insert.setObject(10, creditId, Types.BIGINT);
            return insert;
        }, key);
        return JdbcInserts.generatedId(key);
    }
}
