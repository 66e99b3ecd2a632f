-- Health probe and login throttling. Portable SQL (SQLite and PostgreSQL).

-- One row that GET /health rewrites to prove the database accepts writes.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    probed_at VARCHAR(40) NOT NULL
);

INSERT INTO health_probe (id, probed_at) VALUES (1, '1970-01-01T00:00:00Z');

-- Failed staff logins, per account name and per client address (keys are SHA-256 hex of
-- "user:NAME" or "addr:ADDRESS", so nothing an attacker types is stored). A login is refused
-- until next_allowed_at; the delay grows with failures and is forgotten a while after the last one.
CREATE TABLE login_throttle (
    throttle_key VARCHAR(64) PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at VARCHAR(40) NOT NULL,
    next_allowed_at VARCHAR(40) NOT NULL
);
