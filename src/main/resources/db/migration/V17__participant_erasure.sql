-- A participant erased on request (the right to erasure): the row stays, so that bookings and
-- attendance keep counting in reports, but it no longer says who the person was. The personal
-- details that registration made compulsory may now be empty on an erased row only.
ALTER TABLE participant ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE participant ALTER COLUMN emergency_contact_name DROP NOT NULL;
ALTER TABLE participant ALTER COLUMN emergency_contact_phone DROP NOT NULL;
ALTER TABLE participant ADD CONSTRAINT participant_details_unless_erased CHECK (erased_at IS NOT NULL
    OR (date_of_birth IS NOT NULL AND emergency_contact_name IS NOT NULL AND emergency_contact_phone IS NOT NULL));
