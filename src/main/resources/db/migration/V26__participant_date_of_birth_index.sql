-- The front desk finds participants by date of birth (typed as 14/3/1958): an index, so that the
-- search does not read every participant.
CREATE INDEX participant_date_of_birth ON participant (date_of_birth);
