-- Every report chooses its classes by their day (the period's first to last day): without an index
-- on the day, each report read the whole timetable (a chain's year is 150,000 classes) to find a
-- month's.
CREATE INDEX class_session_date ON class_session (session_date);
