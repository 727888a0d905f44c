-- On H2, V32 drops three indexes that repeated the index H2 gives every foreign key. PostgreSQL
-- makes no index for a foreign key, so there they are each table's only index by participant:
-- only booking_session_status repeats one, the unique (session_id, active_participant_id) of V8,
-- which finds a class's bookings as well.
DROP INDEX booking_session_status;
