-- One timestamp format in every table: ISO-8601 UTC text (see Timestamps). These two tables only hold
-- short-lived data (handled update ids for a week, link codes for 15 minutes), so they are recreated.
DROP TABLE telegram_updates;

CREATE TABLE telegram_updates (
    bot_id VARCHAR(32) NOT NULL,
    update_id BIGINT NOT NULL,
    handled_at VARCHAR(40) NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);

CREATE INDEX telegram_updates_by_time ON telegram_updates (handled_at);

DROP TABLE telegram_links;

CREATE TABLE telegram_links (
    code_hash VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    used_at VARCHAR(40)
);
