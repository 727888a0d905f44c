-- Clinical safety: pain bands that meet at 12 weeks, a fifth red flag, red flags that stay once
-- answered (a doctor-seen record opens booking), and an accepted level set aside by high pain or a
-- red flag.

-- "2 to 12 weeks" / "More than 12 weeks" become "2 to 11 weeks" / "12 weeks or more" (12 weeks is
-- chronic). An earlier "2 to 12 weeks" cannot say whether it meant exactly 12; it keeps its meaning
-- of "not chronic", as it was screened.
UPDATE intake SET pain_duration = 'TWO_TO_11_WEEKS' WHERE pain_duration = 'TWO_TO_12_WEEKS';
UPDATE intake SET pain_duration = 'TWELVE_WEEKS_OR_MORE' WHERE pain_duration = 'MORE_THAN_12_WEEKS';
ALTER TABLE intake ADD CONSTRAINT intake_pain_duration_known CHECK (pain_duration IS NULL
    OR pain_duration IN ('LESS_THAN_2_WEEKS', 'TWO_TO_11_WEEKS', 'TWELVE_WEEKS_OR_MORE'));

-- Five red flags (bit 4: sciatica in both legs, new or getting worse).
ALTER TABLE intake ADD CONSTRAINT intake_red_flags_known CHECK (red_flags_mask BETWEEN 0 AND 31);

-- Staff record that a doctor has seen a person whose intake raised a red flag: who, when, a note,
-- and who recorded it. Only on a red-flag intake, and all or nothing.
ALTER TABLE intake ADD COLUMN doctor_seen_on DATE;
ALTER TABLE intake ADD COLUMN doctor_seen_by VARCHAR(120);
ALTER TABLE intake ADD COLUMN doctor_seen_note VARCHAR(500);
ALTER TABLE intake ADD COLUMN doctor_seen_recorded_by VARCHAR(254);
ALTER TABLE intake ADD COLUMN doctor_seen_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD CONSTRAINT intake_doctor_seen_complete CHECK (
    (doctor_seen_on IS NULL AND doctor_seen_by IS NULL AND doctor_seen_note IS NULL
        AND doctor_seen_recorded_by IS NULL AND doctor_seen_recorded_at IS NULL)
    OR (doctor_seen_on IS NOT NULL AND doctor_seen_by IS NOT NULL AND doctor_seen_recorded_by IS NOT NULL
        AND doctor_seen_recorded_at IS NOT NULL AND outcome = 'RED_FLAG'));

-- An accepted level set aside: which level, when and why (in words). The gentle levels apply until
-- staff accept a level again, so a set-aside level and a current level never exist together.
ALTER TABLE participant ADD COLUMN level_set_aside_from INTEGER;
ALTER TABLE participant ADD COLUMN level_set_aside_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant ADD COLUMN level_set_aside_reason VARCHAR(200);
ALTER TABLE participant ADD CONSTRAINT participant_level_set_aside CHECK (
    (level_set_aside_from IS NULL AND level_set_aside_at IS NULL AND level_set_aside_reason IS NULL)
    OR (level_set_aside_from BETWEEN 0 AND 3 AND level_set_aside_at IS NOT NULL
        AND level_set_aside_reason IS NOT NULL AND current_level IS NULL));
