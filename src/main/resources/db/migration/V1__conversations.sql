-- Portable SQL (SQLite and PostgreSQL): text ids, ISO-8601 text timestamps, no auto-increment.
CREATE TABLE conversations (
    id VARCHAR(64) PRIMARY KEY,
    channel VARCHAR(16) NOT NULL,
    external_id VARCHAR(128) NOT NULL,
    token_hash VARCHAR(128) NOT NULL,
    lang VARCHAR(8) NOT NULL,
    mode VARCHAR(16) NOT NULL,
    flow VARCHAR(128),
    step INTEGER NOT NULL,
    retries INTEGER NOT NULL,
    stack TEXT NOT NULL,
    slots TEXT NOT NULL,
    misunderstandings INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    updated_at VARCHAR(40) NOT NULL
);

CREATE UNIQUE INDEX conversations_by_channel ON conversations (channel, external_id);

CREATE TABLE messages (
    conversation_id VARCHAR(64) NOT NULL REFERENCES conversations (id),
    seq INTEGER NOT NULL,
    sender VARCHAR(16) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    body TEXT NOT NULL,
    buttons TEXT NOT NULL,
    at VARCHAR(40) NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE unrecognised (
    id VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    body TEXT NOT NULL,
    lang VARCHAR(8) NOT NULL,
    best_guess VARCHAR(128) NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    at VARCHAR(40) NOT NULL
);

CREATE INDEX unrecognised_by_time ON unrecognised (at);
