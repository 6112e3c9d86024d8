-- OTA profile-service sessions (spec Part A): one row per phase-1 login. The Challenge handed to the device is kept only
-- as its SHA-256; the row is bound to SERIAL+UDID when phase 2 consumes it, and moves to phase 3 once.
CREATE TABLE ota_sessions (
  id              TEXT PRIMARY KEY,             -- random, public: it names the session in the phase-2 identity's subject
  challenge_hash  TEXT NOT NULL UNIQUE,         -- hex SHA-256 of the phase-1 Challenge (never the challenge itself)
  phase           INTEGER NOT NULL,             -- 1 challenge issued, 2 SCEP identity profile served, 3 enrollment profile served
  user_issuer     TEXT NOT NULL,
  user_subject    TEXT NOT NULL,
  user_email      TEXT,
  user_name       TEXT,
  user_groups     TEXT NOT NULL,                -- JSON array
  created_at      TEXT NOT NULL,
  expires_at      TEXT NOT NULL,                -- phase 1: the challenge's expiry; phase 2: the window for phase 3
  serial_number   TEXT,
  udid            TEXT,
  product         TEXT,
  build_version   TEXT,
  phase2_at       TEXT,
  phase3_at       TEXT
);
CREATE INDEX ota_sessions_expires ON ota_sessions(expires_at);
