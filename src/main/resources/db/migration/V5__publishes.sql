-- Every attempt to publish the dialogs (start, file change, admin button, reload command).
-- Portable SQL: text ids, ISO-8601 text instants, JSON arrays as text.
CREATE TABLE publishes (
    id VARCHAR(64) PRIMARY KEY,
    at VARCHAR(40) NOT NULL,
    who VARCHAR(200) NOT NULL,
    result VARCHAR(16) NOT NULL,
    changes TEXT NOT NULL,
    problems TEXT NOT NULL
);

CREATE INDEX publishes_by_time ON publishes (at);
