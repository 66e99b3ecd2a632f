-- Telegram adapter tables. Portable SQL (SQLite and PostgreSQL); times are epoch milliseconds.

-- Updates already handled, so an update delivered twice is handled once. bot_id is the token's
-- numeric prefix: update ids are counted per bot.
CREATE TABLE telegram_updates (
    bot_id VARCHAR(32) NOT NULL,
    update_id BIGINT NOT NULL,
    handled_at BIGINT NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);

CREATE INDEX telegram_updates_by_time ON telegram_updates (handled_at);

-- Button payloads longer than Telegram's 64-byte callback data, by the short key sent instead.
CREATE TABLE telegram_callbacks (
    data_key VARCHAR(64) PRIMARY KEY,
    payload TEXT NOT NULL
);

-- One-time "continue on Telegram" codes, stored only as SHA-256 hashes.
CREATE TABLE telegram_links (
    code_hash VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

-- Small facts the adapter remembers between starts (e.g. the fingerprint of the registered webhook).
CREATE TABLE telegram_settings (
    name VARCHAR(64) PRIMARY KEY,
    setting_value TEXT NOT NULL
);
