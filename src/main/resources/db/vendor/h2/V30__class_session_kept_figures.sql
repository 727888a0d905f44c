-- The reports count each class's attended places, no-shows, late cancellations and the bookings that
-- were ever in its waitlist. Counted from the bookings at each view, a chain's month (13,000 classes,
-- 118,000 bookings) took a quarter of a second; kept next to the class, the reports read one row a
-- class. The database keeps them, whoever changes a booking (either node, a script), under the
-- class row's lock. The places taken (seats_taken, V8) are the confirmed bookings already.
ALTER TABLE class_session ADD COLUMN attended_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE class_session ADD COLUMN no_show_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE class_session ADD COLUMN late_cancelled_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE class_session ADD COLUMN waitlisted_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE class_session ADD CONSTRAINT class_session_kept_figures CHECK (attended_count >= 0
    AND no_show_count >= 0 AND late_cancelled_count >= 0 AND waitlisted_count >= 0);

-- A booking counts as attended or no-show while it is confirmed and so marked; as a late cancellation
-- once so cancelled; as waitlisted when it was made in the waitlist (never confirmed, or confirmed
-- after it was made), for good. The Java class is in the application (docs/architecture.md).
CREATE TRIGGER booking_keeps_class_figures AFTER INSERT, UPDATE, DELETE ON booking FOR EACH ROW
    CALL 'org.warmpool.report.BookingKeepsClassFigures';

-- The figures of the bookings made so far, counted after the trigger exists: none is missed.
UPDATE class_session SET
    attended_count = (SELECT COUNT(*) FROM booking b WHERE b.session_id = class_session.id
        AND b.status = 'CONFIRMED' AND b.attendance = 'ATTENDED'),
    no_show_count = (SELECT COUNT(*) FROM booking b WHERE b.session_id = class_session.id
        AND b.status = 'CONFIRMED' AND b.attendance = 'NO_SHOW'),
    late_cancelled_count = (SELECT COUNT(*) FROM booking b WHERE b.session_id = class_session.id
        AND b.late_cancellation),
    waitlisted_count = (SELECT COUNT(*) FROM booking b WHERE b.session_id = class_session.id
        AND (b.confirmed_at IS NULL OR b.confirmed_at > b.booked_at))
WHERE EXISTS (SELECT 1 FROM booking b WHERE b.session_id = class_session.id);
