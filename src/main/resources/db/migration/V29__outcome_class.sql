-- The outcomes report's rows, kept as the data changes, so that the report reads one period of one
-- table in the order it is stored instead of the period's pain, bookings and classes (85,688 rows
-- spread over a year of pages for a chain's month) and the condition of each participant they name.
-- The application keeps both tables in the transaction of every change that can alter them, under
-- the participant's row lock (booking.FirstClasses).

-- What the report needs of each participant besides their first classes (V28): the condition of the
-- latest intake they sent, their first questionnaire answer (kind, score, when), and the score of
-- their first answer of the same questionnaire once their 6th attended class began (before their
-- 12th began) and once their 12th began, kept only when that first answer came before their first
-- attended class (OutcomesCalculator says why).
ALTER TABLE participant_first_classes ADD COLUMN condition_code VARCHAR(20);
ALTER TABLE participant_first_classes ADD COLUMN questionnaire VARCHAR(4);
ALTER TABLE participant_first_classes ADD COLUMN first_score NUMERIC(4, 1);
ALTER TABLE participant_first_classes ADD COLUMN first_answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant_first_classes ADD COLUMN score_after_6 NUMERIC(4, 1);
ALTER TABLE participant_first_classes ADD COLUMN score_after_12 NUMERIC(4, 1);
ALTER TABLE participant_first_classes ADD CONSTRAINT participant_first_classes_answer CHECK (
    (questionnaire IS NULL AND first_score IS NULL AND first_answered_at IS NULL)
    OR (questionnaire IN ('RMDQ', 'ODI') AND first_score IS NOT NULL AND first_answered_at IS NOT NULL));
ALTER TABLE participant_first_classes ADD CONSTRAINT participant_first_classes_later_scores CHECK (
    (score_after_6 IS NULL OR (first_answered_at < first_starts_at AND sixth_starts_at IS NOT NULL))
    AND (score_after_12 IS NULL OR (first_answered_at < first_starts_at AND twelfth_starts_at IS NOT NULL)));

-- One row per attended class (held, not cancelled) of a participant not erased, with pain before and
-- after recorded: the class's day, pool, level and instructor, and the participant's figures from
-- participant_first_classes (pain_change_by_6th: pain before the 1st minus pain before the 6th,
-- only when both were recorded; the questionnaire's scores only when its first answer came before
-- the first class). H2 stores a table's rows in the order of its primary key only when that key is
-- one BIGINT column (another key is an index pointing at rows stored as they came, which put one
-- month's rows all over a year's pages): day_key is the day as yyyymmdd times 10^10 plus the booking,
-- so that a period is one run of pages. The pool, level and instructor are copied from the class
-- (whose foreign keys they are) without foreign keys of their own: H2 would give each an index that
-- every write keeps up.
CREATE TABLE outcome_class (
    day_key            BIGINT       NOT NULL,
    session_date       DATE         NOT NULL,
    booking_id         BIGINT       NOT NULL,
    participant_id     BIGINT       NOT NULL,
    pool_id            BIGINT       NOT NULL,
    level_id           BIGINT       NOT NULL,
    instructor_id      BIGINT,
    pain_before        INTEGER      NOT NULL,
    pain_after         INTEGER      NOT NULL,
    condition_code     VARCHAR(20),
    pain_change_by_6th INTEGER,
    questionnaire      VARCHAR(4),
    first_score        NUMERIC(4, 1),
    score_after_6      NUMERIC(4, 1),
    score_after_12     NUMERIC(4, 1),
    CONSTRAINT outcome_class_key PRIMARY KEY (day_key),
    CONSTRAINT outcome_class_one_per_booking UNIQUE (booking_id),
    CONSTRAINT outcome_class_day_key CHECK (booking_id BETWEEN 1 AND 9999999999
        AND day_key = (CAST(EXTRACT(YEAR FROM session_date) AS BIGINT) * 10000
            + CAST(EXTRACT(MONTH FROM session_date) AS BIGINT) * 100
            + CAST(EXTRACT(DAY FROM session_date) AS BIGINT)) * 10000000000 + booking_id),
    CONSTRAINT outcome_class_pain CHECK (pain_before BETWEEN 0 AND 10 AND pain_after BETWEEN 0 AND 10),
    CONSTRAINT outcome_class_pain_change CHECK (pain_change_by_6th IS NULL OR pain_change_by_6th BETWEEN -10 AND 10),
    CONSTRAINT outcome_class_answer CHECK ((questionnaire IS NULL AND first_score IS NULL
            AND score_after_6 IS NULL AND score_after_12 IS NULL)
        OR (questionnaire IN ('RMDQ', 'ODI') AND first_score IS NOT NULL))
);
CREATE INDEX outcome_class_participant ON outcome_class (participant_id, session_date);
-- After the indexes, so that H2 uses them for the foreign keys instead of making its own.
ALTER TABLE outcome_class ADD CONSTRAINT outcome_class_booking FOREIGN KEY (booking_id) REFERENCES booking (id);
ALTER TABLE outcome_class ADD CONSTRAINT outcome_class_participant_key FOREIGN KEY (participant_id)
    REFERENCES participant (id);

-- The report's level moves are those decided in its period: without an index, every suggestion ever.
CREATE INDEX progression_suggestion_decided ON progression_suggestion (decided_at);

-- The rows for the data so far: the same statements as FirstClasses.REBUILD after V28's.
UPDATE participant_first_classes f SET
    condition_code = (SELECT i.condition_code FROM intake i WHERE i.participant_id = f.participant_id
        AND i.status = 'SUBMITTED' ORDER BY i.submitted_at DESC, i.id DESC FETCH FIRST 1 ROW ONLY),
    questionnaire = (SELECT q.kind FROM questionnaire_answer q WHERE q.participant_id = f.participant_id
        ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY),
    first_score = (SELECT q.score FROM questionnaire_answer q WHERE q.participant_id = f.participant_id
        ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY),
    first_answered_at = (SELECT q.answered_at FROM questionnaire_answer q WHERE q.participant_id = f.participant_id
        ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY);

UPDATE participant_first_classes f SET
    score_after_6 = (SELECT q.score FROM questionnaire_answer q WHERE q.participant_id = f.participant_id
        AND q.kind = f.questionnaire AND q.answered_at >= f.sixth_starts_at
        AND (f.twelfth_starts_at IS NULL OR q.answered_at < f.twelfth_starts_at)
        ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY),
    score_after_12 = (SELECT q.score FROM questionnaire_answer q WHERE q.participant_id = f.participant_id
        AND q.kind = f.questionnaire AND q.answered_at >= f.twelfth_starts_at
        ORDER BY q.answered_at, q.id FETCH FIRST 1 ROW ONLY)
WHERE f.first_answered_at < f.first_starts_at;

INSERT INTO outcome_class (day_key, session_date, booking_id, participant_id, pool_id, level_id, instructor_id,
        pain_before, pain_after, condition_code, pain_change_by_6th, questionnaire, first_score, score_after_6,
        score_after_12)
SELECT (CAST(EXTRACT(YEAR FROM s.session_date) AS BIGINT) * 10000 + CAST(EXTRACT(MONTH FROM s.session_date) AS BIGINT) * 100
            + CAST(EXTRACT(DAY FROM s.session_date) AS BIGINT)) * 10000000000 + b.id,
       s.session_date, b.id, b.participant_id, s.pool_id, s.level_id, s.instructor_id, pc.pain_before,
       pc.pain_after, f.condition_code,
       CASE WHEN f.attended_classes >= 6 THEN f.first_pain_before - f.sixth_pain_before END,
       f.questionnaire, f.first_score, f.score_after_6, f.score_after_12
FROM pain_check_in pc JOIN booking b ON b.id = pc.booking_id JOIN class_session s ON s.id = b.session_id
JOIN participant p ON p.id = b.participant_id JOIN participant_first_classes f ON f.participant_id = b.participant_id
WHERE b.attendance = 'ATTENDED' AND s.status = 'SCHEDULED' AND p.erased_at IS NULL
  AND pc.pain_before IS NOT NULL AND pc.pain_after IS NOT NULL;
