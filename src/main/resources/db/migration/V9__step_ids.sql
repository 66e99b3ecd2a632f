-- A conversation's place by step id as well as number, so edits that insert or remove steps never move
-- a waiting seeker to another question.
ALTER TABLE conversations ADD COLUMN step_id VARCHAR(128);
