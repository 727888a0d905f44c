-- H2 gives every foreign key an index on its column; three indexes of V8 and V9 began with that
-- same column and so repeated it. Every booking and every message wrote each of them, and each
-- commit wrote their changed pages to the file: without them a booking's commit writes a ninth less
-- (docs/performance.md, "### Indexes that repeated H2's own"). A participant has tens of bookings
-- and messages and a class a few tens of bookings, so the foreign key's index finds them, and the
-- status or the time is sorted out among those few rows.
DROP INDEX booking_participant;
DROP INDEX booking_session_status;
DROP INDEX notification_participant;
