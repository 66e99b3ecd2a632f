-- Handoffs to counselors, staff accounts and their sessions, notes and callback requests.
-- Portable SQL (SQLite and PostgreSQL): text ids, fixed-width ISO-8601 UTC text timestamps
-- (yyyy-MM-ddTHH:mm:ss.SSSZ, so text order is time order), no auto-increment.
CREATE TABLE handoffs (
    id VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL REFERENCES conversations (id),
    channel VARCHAR(16) NOT NULL,
    lang VARCHAR(8) NOT NULL,
    reason TEXT NOT NULL,
    priority INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    counselor VARCHAR(64),
    summary TEXT NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    claimed_at VARCHAR(40),
    closed_at VARCHAR(40),
    note TEXT
);

CREATE INDEX handoffs_by_status ON handoffs (status, priority, created_at);
CREATE INDEX handoffs_by_conversation ON handoffs (conversation_id, status);

CREATE TABLE handoff_notes (
    id VARCHAR(64) PRIMARY KEY,
    handoff_id VARCHAR(64) NOT NULL REFERENCES handoffs (id),
    author VARCHAR(64) NOT NULL,
    body TEXT NOT NULL,
    at VARCHAR(40) NOT NULL
);

CREATE INDEX handoff_notes_by_handoff ON handoff_notes (handoff_id, at);

CREATE TABLE staff (
    username VARCHAR(64) PRIMARY KEY,
    role VARCHAR(16) NOT NULL,
    password_hash VARCHAR(128) NOT NULL,
    failed_logins INTEGER NOT NULL,
    locked_until VARCHAR(40),
    created_at VARCHAR(40) NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    username VARCHAR(64) NOT NULL REFERENCES staff (username),
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL
);

CREATE TABLE callbacks (
    id VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    contact VARCHAR(64) NOT NULL,
    time_window VARCHAR(32) NOT NULL,
    lang VARCHAR(8) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    done_by VARCHAR(64)
);

CREATE INDEX callbacks_by_status ON callbacks (status, created_at);
