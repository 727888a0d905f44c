-- What the outcomes report needs of each participant's attended classes ever (classes held, not
-- cancelled, oldest first by start and then booking): how many there are, and the start and the
-- pain before class of the 1st and the 6th, and the start of the 12th. The report read every
-- attended class of the period's participants instead (908,078 rows for a chain's month). The
-- application keeps a participant's row right in the transaction that marks or corrects their
-- attendance, records or removes their pain, cancels or moves a class they attended, or erases
-- them, while it holds the participant's row lock (booking.FirstClasses). No row: no attended class.
CREATE TABLE participant_first_classes (
    participant_id    BIGINT                   NOT NULL PRIMARY KEY REFERENCES participant (id),
    attended_classes  INTEGER                  NOT NULL,
    first_starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    first_pain_before INTEGER,
    sixth_starts_at   TIMESTAMP WITH TIME ZONE,
    sixth_pain_before INTEGER,
    twelfth_starts_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT participant_first_classes_some CHECK (attended_classes >= 1)
);

-- The rows for the data so far (the same statement as FirstClasses.REBUILD).
INSERT INTO participant_first_classes (participant_id, attended_classes, first_starts_at, first_pain_before,
        sixth_starts_at, sixth_pain_before, twelfth_starts_at)
SELECT participant_id, COUNT(*),
       MAX(CASE WHEN n = 1 THEN starts_at END), MAX(CASE WHEN n = 1 THEN pain_before END),
       MAX(CASE WHEN n = 6 THEN starts_at END), MAX(CASE WHEN n = 6 THEN pain_before END),
       MAX(CASE WHEN n = 12 THEN starts_at END)
FROM (SELECT a.participant_id, x.starts_at, ap.pain_before,
             ROW_NUMBER() OVER (PARTITION BY a.participant_id ORDER BY x.starts_at, a.id) AS n
      FROM booking a JOIN class_session x ON x.id = a.session_id
      LEFT JOIN pain_check_in ap ON ap.booking_id = a.id
      WHERE a.attendance = 'ATTENDED' AND x.status = 'SCHEDULED') attended
GROUP BY participant_id;
