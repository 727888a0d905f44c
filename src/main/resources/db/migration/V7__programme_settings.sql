-- The clinic's programme rules that an administrator may change (one row).

CREATE TABLE programme_settings (
    id                 INTEGER NOT NULL PRIMARY KEY,
    version            BIGINT  NOT NULL DEFAULT 0,
    high_pain_from     INTEGER NOT NULL,
    chronic_from_weeks INTEGER NOT NULL,
    gentle_up_to_level INTEGER NOT NULL,
    chronic_level      INTEGER NOT NULL,
    deep_water_from_level INTEGER NOT NULL,
    max_waitlist       INTEGER NOT NULL,
    CONSTRAINT programme_settings_single_row CHECK (id = 1),
    CONSTRAINT programme_settings_high_pain CHECK (high_pain_from BETWEEN 1 AND 10),
    CONSTRAINT programme_settings_chronic CHECK (chronic_from_weeks BETWEEN 1 AND 104),
    CONSTRAINT programme_settings_levels CHECK (gentle_up_to_level BETWEEN 0 AND 3 AND chronic_level BETWEEN 0 AND 3
        AND deep_water_from_level BETWEEN 0 AND 3),
    CONSTRAINT programme_settings_waitlist CHECK (max_waitlist BETWEEN 0 AND 100)
);

INSERT INTO programme_settings (id, high_pain_from, chronic_from_weeks, gentle_up_to_level, chronic_level,
                                deep_water_from_level, max_waitlist)
VALUES (1, 7, 12, 1, 1, 3, 10);
