-- Counseling appointments booked by seekers. Portable SQL: text ids, local times as 'YYYY-MM-DDTHH:MM'
-- text (Korean time), ISO-8601 text instants, no auto-increment.
CREATE TABLE appointments (
    id VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    center_id VARCHAR(64) NOT NULL,
    starts_at VARCHAR(16) NOT NULL,
    name VARCHAR(200) NOT NULL,
    contact VARCHAR(200) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_at VARCHAR(40) NOT NULL
);

CREATE INDEX appointments_by_conversation ON appointments (conversation_id);
CREATE INDEX appointments_by_slot ON appointments (center_id, starts_at);
