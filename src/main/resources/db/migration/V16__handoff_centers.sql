-- Several centers (issue 15): the center whose queue a handoff is in ('' when the seeker's center is unknown).
ALTER TABLE handoffs ADD COLUMN center VARCHAR(64) NOT NULL DEFAULT '';

CREATE INDEX handoffs_by_center ON handoffs (center, status);
