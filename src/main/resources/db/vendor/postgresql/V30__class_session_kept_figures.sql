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
-- after it was made), for good.
CREATE FUNCTION booking_keeps_class_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was INTEGER[] := ARRAY[0, 0, 0, 0];
    now_is INTEGER[] := ARRAY[0, 0, 0, 0];
BEGIN
    IF TG_OP <> 'INSERT' THEN
        was := ARRAY[
            CASE WHEN OLD.status = 'CONFIRMED' AND OLD.attendance = 'ATTENDED' THEN 1 ELSE 0 END,
            CASE WHEN OLD.status = 'CONFIRMED' AND OLD.attendance = 'NO_SHOW' THEN 1 ELSE 0 END,
            CASE WHEN OLD.late_cancellation THEN 1 ELSE 0 END,
            CASE WHEN OLD.confirmed_at IS NULL OR OLD.confirmed_at > OLD.booked_at THEN 1 ELSE 0 END];
    END IF;
    IF TG_OP <> 'DELETE' THEN
        now_is := ARRAY[
            CASE WHEN NEW.status = 'CONFIRMED' AND NEW.attendance = 'ATTENDED' THEN 1 ELSE 0 END,
            CASE WHEN NEW.status = 'CONFIRMED' AND NEW.attendance = 'NO_SHOW' THEN 1 ELSE 0 END,
            CASE WHEN NEW.late_cancellation THEN 1 ELSE 0 END,
            CASE WHEN NEW.confirmed_at IS NULL OR NEW.confirmed_at > NEW.booked_at THEN 1 ELSE 0 END];
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.session_id = NEW.session_id THEN
        IF was <> now_is THEN
            UPDATE class_session SET attended_count = attended_count + now_is[1] - was[1],
                no_show_count = no_show_count + now_is[2] - was[2],
                late_cancelled_count = late_cancelled_count + now_is[3] - was[3],
                waitlisted_count = waitlisted_count + now_is[4] - was[4]
            WHERE id = NEW.session_id;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' AND was <> ARRAY[0, 0, 0, 0] THEN
        UPDATE class_session SET attended_count = attended_count - was[1], no_show_count = no_show_count - was[2],
            late_cancelled_count = late_cancelled_count - was[3], waitlisted_count = waitlisted_count - was[4]
        WHERE id = OLD.session_id;
    END IF;
    IF TG_OP <> 'DELETE' AND now_is <> ARRAY[0, 0, 0, 0] THEN
        UPDATE class_session SET attended_count = attended_count + now_is[1],
            no_show_count = no_show_count + now_is[2], late_cancelled_count = late_cancelled_count + now_is[3],
            waitlisted_count = waitlisted_count + now_is[4]
        WHERE id = NEW.session_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER booking_keeps_class_figures AFTER INSERT OR UPDATE OR DELETE ON booking
    FOR EACH ROW EXECUTE FUNCTION booking_keeps_class_figures();

-- The figures of the bookings made so far (after the trigger, in the same transaction: none is missed).
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
