-- Callback requests per center (issue 15): the center that calls the seeker back ('' when unknown), so
-- each center's counselors see their own callbacks first.
ALTER TABLE callbacks ADD COLUMN center VARCHAR(64) NOT NULL DEFAULT '';
