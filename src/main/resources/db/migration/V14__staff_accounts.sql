-- Staff accounts: when each account last logged in, for the administrator's list of staff.
-- NULL: never (a new account whose invitation has not been used yet, or no login since this version).
ALTER TABLE app_user ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;
