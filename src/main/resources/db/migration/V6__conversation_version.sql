-- Optimistic check for conversation writes: every stored change bumps the version, and a write made
-- from an older version is refused instead of silently overwriting newer state (several instances).
ALTER TABLE conversations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
