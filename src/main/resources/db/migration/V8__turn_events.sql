-- Per-turn records for the staff dashboard (no message text, no slot values). Erased with their
-- conversation. Portable SQL: ISO-8601 text instants, days as 'YYYY-MM-DD' in Korean time.
CREATE TABLE turn_events (
    id VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    at VARCHAR(40) NOT NULL,
    day VARCHAR(10) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    lang VARCHAR(8) NOT NULL,
    intent VARCHAR(128),
    confidence DOUBLE PRECISION NOT NULL,
    fallback INTEGER NOT NULL,
    handoff INTEGER NOT NULL
);

CREATE INDEX turn_events_by_day ON turn_events (day);
CREATE INDEX turn_events_by_conversation ON turn_events (conversation_id);

-- The steps each turn passed ('flowId/stepId'), with '#start' when a flow was entered at its
-- beginning and '#end' when it ran to its end.
CREATE TABLE turn_steps (
    event_id VARCHAR(64) NOT NULL,
    conversation_id VARCHAR(64) NOT NULL,
    at VARCHAR(40) NOT NULL,
    day VARCHAR(10) NOT NULL,
    ord INTEGER NOT NULL,
    flow VARCHAR(128) NOT NULL,
    step VARCHAR(128) NOT NULL,
    PRIMARY KEY (event_id, ord)
);

CREATE INDEX turn_steps_by_flow ON turn_steps (flow, step);
CREATE INDEX turn_steps_by_conversation ON turn_steps (conversation_id);

-- Anonymous daily totals that outlive the erasure of conversations: per day, channel and metric
-- (conversations, turns, fallbacks, handoffs, flow_start:ID, flow_complete:ID).
CREATE TABLE daily_totals (
    day VARCHAR(10) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    metric VARCHAR(160) NOT NULL,
    total BIGINT NOT NULL,
    PRIMARY KEY (day, channel, metric)
);
