-- Appointment reminders (issue 15): planned per appointment and kind when the appointment is seen,
-- sent once by whichever instance claims the row (UPDATE ... WHERE status = 'pending'). Times are
-- ISO-8601 UTC text of one width (storage Timestamps), so text order is time order.
CREATE TABLE reminders (
    id VARCHAR(100) PRIMARY KEY,
    appointment_id VARCHAR(64) NOT NULL,
    conversation_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    due_at VARCHAR(40) NOT NULL,
    status VARCHAR(16) NOT NULL,
    sent_at VARCHAR(40),
    claimed_by VARCHAR(64)
);

CREATE INDEX reminders_due ON reminders (status, due_at);
CREATE INDEX reminders_by_appointment ON reminders (appointment_id);
CREATE INDEX reminders_by_conversation ON reminders (conversation_id);
