-- Counselor console (issue 14): a follow-up date set on close (YYYY-MM-DD, Korean date), the seeker's
-- satisfaction answer after the close, and when the holding counselor last read the conversation
-- (ISO-8601 UTC, for unread counts and the widget's "seen").
ALTER TABLE handoffs ADD COLUMN follow_up VARCHAR(10);
ALTER TABLE handoffs ADD COLUMN satisfaction VARCHAR(16);
ALTER TABLE handoffs ADD COLUMN seen_at VARCHAR(40);

CREATE INDEX handoffs_by_closed ON handoffs (closed_at);
